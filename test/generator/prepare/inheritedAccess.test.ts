import { describe, expect, it } from "vitest";
import { withInheritedAccess } from "../../../generator/prepare/inheritedAccess.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function documentWith(schemas: Record<string, unknown>): Record<string, unknown> {
  return { openapi: "3.1.0", paths: {}, components: { schemas } };
}

const schemasOf = (document: Record<string, unknown>) => (document.components as { schemas: Record<string, { properties?: Record<string, unknown> }> }).schemas;

describe("withInheritedAccess", () => {
  it("copies a named schema's readOnly and writeOnly onto the properties that $ref it", () => {
    const input = documentWith({
      Stamp: { type: "object", readOnly: true, properties: { at: { type: "string" } } },
      Secret: { type: "string", writeOnly: true },
      User: { type: "object", properties: { stamp: ref("Stamp"), recovery: ref("Secret"), name: { type: "string" } } },
    });
    const output = withInheritedAccess(input);
    expect(schemasOf(output).User!.properties).toEqual({
      stamp: { ...ref("Stamp"), readOnly: true },
      recovery: { ...ref("Secret"), writeOnly: true },
      name: { type: "string" },
    });
    // The input is not changed.
    expect(schemasOf(input).User!.properties!.stamp).toEqual(ref("Stamp"));
  });

  it("follows an alias schema to the flag", () => {
    const output = withInheritedAccess(
      documentWith({ Stamp: { type: "string", readOnly: true }, Alias: ref("Stamp"), User: { type: "object", properties: { at: ref("Alias") } } }),
    );
    expect(schemasOf(output).User!.properties!.at).toEqual({ ...ref("Alias"), readOnly: true });
  });

  it("keeps a flag the referencing object states itself", () => {
    const output = withInheritedAccess(documentWith({ Stamp: { type: "string", readOnly: true }, User: { type: "object", properties: { at: { ...ref("Stamp"), readOnly: false } } } }));
    expect(schemasOf(output).User!.properties!.at).toEqual({ ...ref("Stamp"), readOnly: false });
  });

  it("returns the document itself when no named schema carries a flag, and survives alias cycles", () => {
    const input = documentWith({ A: ref("B"), B: ref("A"), User: { type: "object", properties: { a: ref("A") } } });
    expect(withInheritedAccess(input)).toBe(input);
  });

  it("leaves refs into a schema's parts alone, and keeps a __proto__ key an own property", () => {
    const input = documentWith({
      Stamp: { type: "object", readOnly: true, properties: { at: { type: "string" } } },
      User: { type: "object", properties: JSON.parse('{"__proto__": {"$ref": "#/components/schemas/Stamp"}, "part": {"$ref": "#/components/schemas/Stamp/properties/at"}}') },
    });
    const properties = schemasOf(withInheritedAccess(input)).User!.properties!;
    expect(Object.hasOwn(properties, "__proto__")).toBe(true);
    expect(Object.getOwnPropertyDescriptor(properties, "__proto__")!.value).toEqual({ ...ref("Stamp"), readOnly: true });
    expect(properties.part).toEqual({ $ref: "#/components/schemas/Stamp/properties/at" });
  });
});

/**
 * Response-side copies of shared schemas holding enums: which schemas are copied, what the
 * copies are called, how refs are pointed at them, and (type-level, checked by tsc) that the
 * shared-enum-sides fixture's client keeps request enums closed and response enums open.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import { holdsOpenableEnum, responseCopyNames, schemasToCopy, withResponseCopies } from "../../../generator/prepare/responseCopies.js";
import { schemaReach } from "../../../generator/prepare/schemaSides.js";
import type { CreatePaintArgs, CreatePaintResult, GetSwatchArgs, GetSwatchResult } from "../../fixtures/specs/shared-enum-sides/__snapshots__/index.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });

/** A document whose POST /a sends `sent` and answers `received`, with `schemas` as its components. */
function documentWith(sent: unknown, received: unknown, schemas: Record<string, unknown>): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: { "/a": { post: { requestBody: json(sent), responses: { "200": { description: "ok", ...json(received) } } } } },
    components: { schemas },
  };
}

const enumOf = (...values: unknown[]) => ({ type: "string", enum: values });

function copiedIn(document: Record<string, unknown>): string[] {
  const schemas = (document.components as { schemas: Record<string, unknown> }).schemas;
  return schemasToCopy(schemas, schemaReach(document));
}

describe("schemasToCopy", () => {
  it.each([
    ["a shared enum", ref("E"), ref("E"), { E: enumOf("a", "b") }, ["E"]],
    ["a shared object with an inline enum", ref("O"), ref("O"), { O: { type: "object", properties: { m: enumOf("a", "b") } } }, ["O"]],
    ["a shared object only referring to a shared enum, and the enum", ref("O"), ref("O"), { O: { type: "object", properties: { e: ref("E") } }, E: enumOf("a", "b") }, ["E", "O"]],
    ["a shared schema without enums: nothing", ref("S"), ref("S"), { S: { type: "string" } }, []],
    ["a response-only enum: already open, nothing", { type: "string" }, ref("E"), { E: enumOf("a", "b") }, []],
    ["a request-only enum: nothing", ref("E"), { type: "string" }, { E: enumOf("a", "b") }, []],
    ["a single-value enum (a tag, kept closed): nothing", ref("E"), ref("E"), { E: enumOf("only") }, []],
    ["a numeric enum (not opened): nothing", ref("E"), ref("E"), { E: { type: "integer", enum: [1, 2] } }, []],
    [
      "schemas in a discriminator (openapi-typescript infers tags from their names): nothing",
      ref("P"),
      ref("P"),
      {
        P: { oneOf: [ref("C")], discriminator: { propertyName: "kind" } },
        C: { type: "object", properties: { kind: { type: "string" }, mode: enumOf("a", "b") } },
      },
      [],
    ],
  ])("%s", (_name, sent, received, schemas, want) => {
    expect(copiedIn(documentWith(sent, received, schemas))).toEqual(want);
  });
});

describe("holdsOpenableEnum", () => {
  it.each([
    [enumOf("a", "b"), true],
    [enumOf("a", null), false],
    [enumOf("a", "b", null), true],
    [{ type: "array", items: enumOf("a", "b") }, true],
    [{ allOf: [ref("E")] }, false],
    [{ type: "string" }, false],
  ])("%j -> %s", (schema, want) => expect(holdsOpenableEnum(schema)).toBe(want));
});

describe("responseCopyNames", () => {
  it.each([
    ["the plain suffix", ["A"], ["A"], { A: "AResponse" }],
    ["numbered when an existing schema has the name", ["A"], ["A", "AResponse"], { A: "AResponse2" }],
    ["the next free number", ["A"], ["A", "AResponse", "AResponse2"], { A: "AResponse3" }],
    ["in code-unit order, whatever the input order", ["AResponse", "A"], ["A", "AResponse"], { A: "AResponse2", AResponse: "AResponseResponse" }],
  ])("%s", (_name, copied, existing, want) => {
    expect(Object.fromEntries(responseCopyNames(copied, existing))).toEqual(want);
  });
});

describe("withResponseCopies", () => {
  const document = documentWith(ref("O"), { type: "array", items: ref("R") }, {
    O: { type: "object", properties: { e: ref("E") } },
    E: enumOf("a", "b"),
    R: { type: "object", properties: { o: ref("O"), deep: { $ref: "#/components/schemas/E/enum" } } },
  });
  const result = withResponseCopies(document) as {
    paths: Record<string, { post: { requestBody: unknown; responses: unknown } }>;
    components: { schemas: Record<string, unknown> };
  };

  it("adds each copy right after its original", () => {
    expect(Object.keys(result.components.schemas)).toEqual(["O", "OResponse", "E", "EResponse", "R"]);
  });

  it("points response refs (and refs inside response-only schemas and copies) at the copies, request refs stay", () => {
    const post = result.paths["/a"]!.post;
    expect(JSON.stringify(post.requestBody)).toContain('"#/components/schemas/O"');
    expect(result.components.schemas.OResponse).toEqual({ type: "object", properties: { e: ref("EResponse") } });
    expect(result.components.schemas.O).toEqual({ type: "object", properties: { e: ref("E") } });
    expect(result.components.schemas.R).toEqual({ type: "object", properties: { o: ref("OResponse"), deep: { $ref: "#/components/schemas/EResponse/enum" } } });
  });

  it("leaves the input document as it was, and returns it when nothing needs a copy", () => {
    expect((document.components as { schemas: Record<string, unknown> }).schemas.R).toEqual({
      type: "object",
      properties: { o: ref("O"), deep: { $ref: "#/components/schemas/E/enum" } },
    });
    const plain = documentWith(ref("S"), ref("S"), { S: { type: "string" } });
    expect(withResponseCopies(plain)).toBe(plain);
  });
});

describe("the shared-enum-sides fixture's client", () => {
  it("types request enums closed and response enums open", () => {
    type Colour = "red" | "green" | "blue";
    expectTypeOf<CreatePaintArgs["body"]["colour"]>().toEqualTypeOf<Colour>();
    expectTypeOf<CreatePaintArgs["body"]["finish"]>().toEqualTypeOf<"matt" | "gloss">();
    expectTypeOf<GetSwatchArgs["path"]["colour"]>().toEqualTypeOf<Colour>();
    expectTypeOf<CreatePaintResult["colour"]>().toEqualTypeOf<Colour | (string & {})>();
    expectTypeOf<CreatePaintResult["finish"]>().toEqualTypeOf<"matt" | "gloss" | (string & {})>();
    expectTypeOf<GetSwatchResult["colour"]>().toEqualTypeOf<Colour | (string & {})>();
    // A value the server added later is a valid response...
    const later: CreatePaintResult = { colour: "purple", finish: "satin" };
    expect(later.colour).toBe("purple");
    // ...but not a valid request.
    // @ts-expect-error "purple" is not one of the request enum's values
    const rejected: CreatePaintArgs["body"] = { colour: "purple", finish: "matt" };
    expect(rejected.finish).toBe("matt");
  });
});

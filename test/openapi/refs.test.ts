/** Following internal `$ref`s: chains, dangling and outside references, cycles. */
import { describe, expect, it } from "vitest";
import { refOf, refsIn, resolveAt, resolveRefs } from "../../openapi/refs.js";

const document = {
  components: {
    parameters: { Id: { $ref: "#/components/parameters/RealId" }, RealId: { name: "id", in: "path" } },
    schemas: { Loop: { $ref: "#/components/schemas/Loop" }, Dangling: { $ref: "#/components/schemas/Nope" }, Away: { $ref: "other.yaml#/X" } },
  },
};

describe("resolveAt", () => {
  it("follows a chain and says where it ended", () => {
    expect(resolveAt(document, "/components/parameters/Id")).toEqual({ value: { name: "id", in: "path" }, pointer: "/components/parameters/RealId" });
  });

  it.each([
    ["/components/schemas/Dangling", '/components/schemas/Dangling: $ref "#/components/schemas/Nope" points at nothing'],
    ["/components/schemas/Away", '/components/schemas/Away: $ref "other.yaml#/X" points outside the bundled document'],
    ["/components/schemas/Loop", "/components/schemas/Loop: $ref chain is too long (a cycle?)"],
  ])("throws naming the place for %s", (pointer, message) => {
    expect(() => resolveAt(document, pointer)).toThrow(message);
  });
});

describe("resolveRefs and refOf", () => {
  it("resolves a value, or gives undefined where resolveAt throws", () => {
    expect(resolveRefs(document, { $ref: "#/components/parameters/Id" })).toEqual({ name: "id", in: "path" });
    expect(resolveRefs(document, { $ref: "#/components/schemas/Loop" })).toBeUndefined();
    expect(resolveRefs(document, "plain")).toBe("plain");
  });

  it("reads only string $refs", () => {
    expect(refOf({ $ref: "#/a" })).toBe("#/a");
    expect(refOf({ $ref: 3 })).toBeNull();
    expect(refOf(null)).toBeNull();
  });
});

describe("refsIn", () => {
  it("finds every $ref at any depth, in objects and arrays, and reads a looped node once", () => {
    const looped: Record<string, unknown> = { $ref: "#/components/schemas/Loop" };
    looped.self = looped;
    const node = { allOf: [{ $ref: "#/a" }, { properties: { b: { items: { $ref: "#/b" } } } }], loop: looped, text: "$ref" };
    expect(refsIn(node).sort()).toEqual(["#/a", "#/b", "#/components/schemas/Loop"]);
    expect(refsIn("not an object")).toEqual([]);
  });
});

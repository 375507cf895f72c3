/**
 * The shape comparison on hand-built shapes, for what the fixture pairs do not reach
 * cheaply: object alternatives paired by their properties, index signatures, arrays,
 * booleans, `any`, a type replaced by an unrelated one, and field paths that are not
 * identifiers.
 */
import { describe, expect, it } from "vitest";
import { childPath, compareShapes, pairAlternatives } from "../../../generator/diff/compareShapes.js";
import { NEVER, type ObjectShape, type TypeShape } from "../../../generator/diff/shape.js";

const STRING: TypeShape = { ...NEVER, string: { open: true, values: [] } };
const NUMBER: TypeShape = { ...NEVER, number: { open: true, values: [] } };
const ANY: TypeShape = { ...NEVER, any: true };

function object(properties: Record<string, TypeShape | [TypeShape, "optional"]>, index: TypeShape | null = null): ObjectShape {
  return {
    properties: Object.entries(properties).map(([name, value]) =>
      Array.isArray(value) ? { name, optional: true, type: value[0] } : { name, optional: false, type: value },
    ),
    index,
    recursive: null,
  };
}

const objects = (...alternatives: ObjectShape[]): TypeShape => ({ ...NEVER, objects: alternatives });

function lines(before: TypeShape, after: TypeShape, side: "request" | "response" = "request"): string[] {
  return compareShapes(before, after, "body", { side, subject: "op" }).map((change) =>
    change.before === null && change.after === null ? `${change.kind} ${change.path}` : `${change.kind} ${change.path} ${change.before ?? "-"} -> ${change.after ?? "-"}`,
  );
}

describe("compareShapes", () => {
  it("finds nothing between equal shapes", () => {
    const shape = objects(object({ a: STRING, b: [NUMBER, "optional"] }));
    expect(lines(shape, structuredClone(shape))).toEqual([]);
  });

  it("pairs alternatives by shared properties, whatever their order", () => {
    const external = object({ external: STRING, docker: [STRING, "optional"] });
    const internal = object({ internal: STRING, buildpack: [STRING, "optional"] });
    const internalRequiringBuildpack = object({ internal: STRING, buildpack: STRING });
    expect(lines(objects(external, internal), objects(internalRequiringBuildpack, external))).toEqual([
      "became-required body[alternative 1].buildpack",
    ]);
  });

  it("reports an alternative dropped as narrowing and one added as widening", () => {
    const a = object({ a: STRING });
    const b = object({ b: STRING });
    expect(lines(objects(a, b), objects(a))).toEqual(["type-narrowed body[alternative 2 before] alternative { b } -> -"]);
    expect(lines(objects(a), objects(a, b))).toEqual(["type-widened body[alternative 2] - -> alternative { b }"]);
  });

  it("compares index signatures (additionalProperties) and array elements", () => {
    expect(lines(objects(object({}, STRING)), objects(object({})))).toEqual(["type-narrowed body.* any other key: string -> no other keys"]);
    const list = (element: TypeShape): TypeShape => ({ ...NEVER, array: element });
    expect(lines(list(STRING), list({ ...STRING, null: true }))).toEqual(["type-widened body[] string -> string | null"]);
  });

  it("tells narrowing, widening and replacing apart", () => {
    expect(lines(ANY, STRING)).toEqual(["type-narrowed body any -> string"]);
    expect(lines(STRING, ANY)).toEqual(["type-widened body string -> any"]);
    expect(lines(STRING, NUMBER)).toEqual(["type-changed body string -> number"]);
    expect(lines({ ...NEVER, boolean: [false, true] }, { ...NEVER, boolean: [true] })).toEqual(["type-narrowed body boolean -> true"]);
  });

  it("treats an enum becoming open as widening and closing as narrowing", () => {
    const closed: TypeShape = { ...NEVER, string: { open: false, values: ["a", "b"] } };
    const open: TypeShape = { ...NEVER, string: { open: true, values: ["a", "b"] } };
    expect(lines(closed, open, "response")).toEqual(['type-widened body "a" | "b" -> "a" | "b" | string']);
    expect(lines(open, closed, "response")).toEqual(['type-narrowed body "a" | "b" | string -> "a" | "b"']);
  });
});

describe("pairAlternatives", () => {
  it("always pairs the only alternative on each side, even with nothing shared", () => {
    expect(pairAlternatives([object({ a: STRING })], [object({ b: STRING })])).toEqual([[0, 0]]);
  });
});

describe("childPath", () => {
  it.each([
    ["", "body", "body"],
    ["body", "name", "body.name"],
    ["body.labels", "app.kubernetes.io/name", 'body.labels["app.kubernetes.io/name"]'],
    ["body", "*", "body.*"],
  ])("%s + %s = %s", (at, name, want) => {
    expect(childPath(at, name)).toBe(want);
  });
});

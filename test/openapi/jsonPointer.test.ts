/** JSON pointers: escaping both ways, parsing and joining in both written forms, and reading. */
import { describe, expect, it } from "vitest";
import { childPointer, escapePointerSegment, parsePointer, toPointer, unescapePointerSegment, valueAt } from "../../openapi/jsonPointer.js";

describe("segments", () => {
  it.each([
    ["plain", "plain"],
    ["/v1/projects", "~1v1~1projects"],
    ["a~b/c", "a~0b~1c"],
    ["~1", "~01"],
  ])("%s <-> %s", (raw, escaped) => {
    expect(escapePointerSegment(raw)).toBe(escaped);
    expect(unescapePointerSegment(escaped)).toBe(raw);
  });
});

describe("pointers", () => {
  it.each([
    ["", []],
    ["#", []],
    ["#/", []],
    ["/paths/~1v1~1projects/get", ["paths", "/v1/projects", "get"]],
    ["#/components/schemas/A~0B", ["components", "schemas", "A~B"]],
  ])("parsePointer(%j)", (pointer, segments) => {
    expect(parsePointer(pointer)).toEqual(segments);
  });

  it("refuses text that is not a pointer", () => {
    expect(() => parsePointer("paths")).toThrow('Not a JSON pointer: "paths"');
  });

  it("joins in the form it is given", () => {
    expect(toPointer(["paths", "/v1/x", 0])).toBe("/paths/~1v1~1x/0");
    expect(childPointer("#/", "a/b")).toBe("#/a~1b");
    expect(childPointer("#/x", "y", 1)).toBe("#/x/y/1");
    expect(childPointer("/paths", "/v1", "get")).toBe("/paths/~1v1/get");
  });
});

describe("valueAt", () => {
  const document = { paths: { "/v1/x": { get: { tags: ["a"] } } }, inherited: {} };

  it("reads own properties along the pointer, and the whole document at the root", () => {
    expect(valueAt(document, "/paths/~1v1~1x/get/tags/0")).toBe("a");
    expect(valueAt(document, "#/paths/~1v1~1x/get")).toEqual({ tags: ["a"] });
    expect(valueAt(document, "")).toBe(document);
  });

  it("is undefined for a missing place, an inherited key and a non-pointer", () => {
    expect(valueAt(document, "/paths/nothing")).toBeUndefined();
    expect(valueAt(document, "/inherited/toString")).toBeUndefined();
    expect(valueAt(document, "#anchor")).toBeUndefined();
  });
});

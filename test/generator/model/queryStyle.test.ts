/**
 * Which query parameters the descriptor must name with their style: exactly those the
 * runtime's default (arrays form + explode, objects deepObject) would write otherwise.
 */
import { describe, expect, it } from "vitest";
import { queryStyle } from "../../../generator/model/queryStyle.js";
import type { SchemaKind } from "../../../generator/model/schemaKind.js";

describe("queryStyle", () => {
  it.each<[string, Record<string, unknown>, SchemaKind | null, ReturnType<typeof queryStyle>]>([
    ["an array with no style (form, explode)", {}, "array", null],
    ["an array, form, explode", { style: "form", explode: true }, "array", null],
    ["an array, form, no explode", { style: "form", explode: false }, "array", { style: "form", explode: false }],
    ["an array, pipeDelimited (explode false by default)", { style: "pipeDelimited" }, "array", { style: "pipeDelimited", explode: false }],
    ["an array, spaceDelimited, explode", { style: "spaceDelimited", explode: true }, "array", { style: "spaceDelimited", explode: true }],
    ["an object with no style (form, explode)", {}, "object", { style: "form", explode: true }],
    ["an object, deepObject", { style: "deepObject", explode: true }, "object", null],
    ["an object, pipeDelimited", { style: "pipeDelimited" }, "object", { style: "pipeDelimited", explode: false }],
    ["a primitive under any style", { style: "pipeDelimited" }, "string", null],
    ["a schema of unknown kind, default style", {}, null, null],
    ["a schema of unknown kind, no explode", { explode: false }, null, { style: "form", explode: false }],
    ["an unknown style (form, the default)", { style: "matrix" }, "array", null],
  ])("%s", (_case, fields, kind, want) => {
    expect(queryStyle({ name: "p", in: "query", ...fields }, kind)).toEqual(want);
  });

  it("says nothing for parameters outside the query", () => {
    expect(queryStyle({ name: "p", in: "header", style: "simple", explode: false }, "array")).toBeNull();
  });
});

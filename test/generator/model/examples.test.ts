import { describe, expect, it } from "vitest";
import { mediaTypeExamples, parameterExample } from "../../../generator/model/examples.js";

const document = {
  components: {
    examples: { Named: { summary: "A named one", value: { name: "from-ref" } } },
    schemas: { Id: { type: "string", example: "from-schema" } },
  },
};

describe("parameterExample", () => {
  it.each([
    ["its own example first", { example: "own", examples: { a: { value: "listed" } }, schema: { example: "schema" } }, { value: "own" }],
    ["then the first listed example with a value", { examples: { a: { summary: "no value" }, b: { value: "listed" } } }, { value: "listed" }],
    ["then its schema's example, through a $ref", { schema: { $ref: "#/components/schemas/Id" } }, { value: "from-schema" }],
    ["null, kept apart from no example", { example: null }, { value: null }],
    ["nothing when the spec gives none", { schema: { type: "string" } }, null],
  ])("%s", (_, parameter, expected) => expect(parameterExample(document, parameter)).toEqual(expected));
});

describe("mediaTypeExamples", () => {
  it("gives a lone example without a name", () => {
    expect(mediaTypeExamples(document, { example: { name: "x" } })).toEqual([{ name: null, summary: null, value: { name: "x" } }]);
  });

  it("gives named examples in spec order, through $refs, leaving out those without a value", () => {
    const media = { examples: { second: { $ref: "#/components/examples/Named" }, empty: { summary: "external only" }, third: { value: 3 } } };
    expect(mediaTypeExamples(document, media)).toEqual([
      { name: "second", summary: "A named one", value: { name: "from-ref" } },
      { name: "third", summary: null, value: 3 },
    ]);
  });

  it("gives nothing for a media type without examples", () => {
    expect(mediaTypeExamples(document, { schema: {} })).toEqual([]);
  });
});

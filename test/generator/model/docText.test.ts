import { describe, expect, it } from "vitest";
import { docLines, operationDocLines } from "../../../generator/model/docText.js";

describe("docLines", () => {
  it.each([
    ["ends */ early", ["ends *\\/ early"]],
    ["<!-- html -->", ["<\\!-- html --\\>"]],
    ["`code` and ${x}", ["`code` and ${x}"]],
    ["a\u2028b\u2029c", ["a", "b", "c"]],
    ["a\r\nb\rc", ["a", "b", "c"]],
    ["@param x", ["\\@param x"]],
    ["\n\ntext  \n\n", ["text"]],
  ])("%j -> %j", (given, want) => expect(docLines(given)).toEqual(want));

  it("never lets text close the comment, whatever it holds", () => {
    const nasty = "*/ */*/ **/ \u2028*/ <!-- `${a}` */";
    const comment = `/**\n${docLines(nasty).map((line) => ` * ${line}`).join("\n")}\n */`;
    expect(comment.indexOf("*/")).toBe(comment.length - 2);
  });
});

describe("operationDocLines", () => {
  it("puts summary, description, method and path, and permission in that order", () => {
    expect(
      operationDocLines({ summary: "Get project", description: "Details.", method: "get", path: "/v1/projects/{id}", permission: "Project > Read", deprecated: true }),
    ).toEqual(["Get project", "", "Details.", "", "`GET /v1/projects/{id}`", "", "Required permission: Project > Read", "@deprecated"]);
  });

  it("leaves out what the spec does not say", () => {
    expect(operationDocLines({ summary: null, description: null, method: "post", path: "/a", permission: null, deprecated: false })).toEqual([
      "`POST /a`",
    ]);
  });
});

/**
 * The loader bundles the multi-file spec into one document with only internal refs,
 * maps pointers in it back to the lines they were written on, and turns bad input
 * into located problems instead of exceptions.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { formatProblem } from "../../../generator/load/problem.js";

const CLEAN = "test/fixtures/lint/clean";

function externalRefs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((item) => externalRefs(item, found));
  else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "$ref" && typeof value === "string" && !value.startsWith("#/")) found.push(value);
      else externalRefs(value, found);
    }
  }
  return found;
}

describe("loadSpec on the clean fixture", async () => {
  const spec = await loadSpec({ specPath: `${CLEAN}/openapi.yaml` });

  it("bundles without problems and leaves no external $ref, x-path-scopes included", () => {
    expect(spec.problems).toEqual([]);
    expect(externalRefs(spec.document)).toEqual([]);
    expect(spec.document["x-path-scopes"]).toEqual({
      team: { description: "Act on a team's widgets.", parameters: [{ $ref: "#/components/parameters/TeamId" }] },
    });
  });

  it.each([
    ["/paths/~1v1~1widgets/get/operationId", "widgets/widgets.yaml", 3, 16],
    ["/paths/~1v1~1widgets", "openapi.yaml", 22, 3],
    ["/paths/~1v1~1widgets~1{widgetId}/get/x-waiter/done/0", "widgets/widget.yaml", 16, 12],
    ["/components/schemas/Widget/properties/status", "widgets/schemas.yaml", 12, 5],
    ["/components/parameters/WidgetId/schema/pattern", "common/parameters.yaml", 16, 14],
    ["/components/responses/BadRequest/content/application~1json/example/error/status", "common/responses.yaml", 7, 26],
  ])("locate(%s) is %s:%i:%i", (pointer, file, line, col) => {
    expect(spec.locate(pointer)).toMatchObject({ file: `${CLEAN}/${file}`, line, col });
  });

  it("sources holds the text of every file the bundle was read from, by absolute path", () => {
    const files = readdirSync(CLEAN, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.resolve(entry.parentPath, entry.name));
    expect([...spec.sources.keys()].sort()).toEqual(files.sort());
    for (const file of files) expect(spec.sources.get(file)).toBe(readFileSync(file, "utf8"));
  });

  it("locate returns null for a pointer that names nothing", () => {
    expect(spec.locate("/paths/~1nowhere")).toBeNull();
    expect(spec.locate("not a pointer")).toBeNull();
  });
});

describe("loadSpec on bad input", () => {
  it.each([
    ["yaml-syntax", "test/fixtures/lint/yaml-syntax/widget.yaml:10:21  yaml-syntax  invalid YAML: bad indentation of a mapping entry"],
    ["missing-file", 'test/fixtures/lint/missing-file/widget.yaml:27:21  unreadable-file  cannot read "./schemas.yaml#/Widget" (test/fixtures/lint/missing-file/schemas.yaml): no such file'],
    ["dangling-ref", 'test/fixtures/lint/dangling-ref/widget.yaml:27:21  no-unresolved-refs  "../clean/widgets/schemas.yaml#/Gadget" does not resolve: nothing at that pointer'],
  ])("%s becomes one located problem", async (name, line) => {
    const spec = await loadSpec({ specPath: `test/fixtures/lint/${name}/openapi.yaml`, allowedRoots: ["test/fixtures/lint"] });
    expect(spec.problems.map(formatProblem)).toEqual([line]);
  });

  it.each([
    ["an empty file", "", "nothing (the file is empty)"],
    ["a list", "- 1\n- 2\n", "a list"],
    ["a string", "hello\n", "a string"],
  ])("a root file holding %s is one problem that says so, not a parser's words", async (_, text, found) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "nf-root-shape-"));
    const specPath = path.join(dir, "openapi.yaml");
    writeFileSync(specPath, text);
    const spec = await loadSpec({ specPath });
    expect(spec.problems.map((problem) => [problem.rule, problem.line, problem.message])).toEqual([
      ["unreadable-file", 1, `the spec holds ${found}, not an OpenAPI document (a mapping with \`openapi\`, \`info\` and \`paths\`)`],
    ]);
    rmSync(dir, { recursive: true, force: true });
  });

  it("a missing root file is a problem at line 1, with an empty document", async () => {
    const spec = await loadSpec({ specPath: "test/fixtures/lint/no-such-dir/openapi.yaml" });
    expect(spec.problems.map(formatProblem)).toEqual([
      "test/fixtures/lint/no-such-dir/openapi.yaml:1:1  unreadable-file  cannot read the spec: no such file",
    ]);
    expect(spec.document).toEqual({});
    expect(spec.locate("/openapi")).toBeNull();
    expect(spec.sources.size).toBe(0);
  });
});

/**
 * Each broken spec under test/fixtures/lint/<case>/ breaks exactly one thing; lint
 * must name exactly that problem: the rule id, the file and the line, and exit 1 (a
 * problem) or 2 (input that cannot be read).
 */
import { describe, expect, it } from "vitest";
import { lintSpec } from "../../../generator/lint/lintSpec.js";

const FIXTURES = "test/fixtures/lint";

interface Case {
  readonly name: string;
  /** `file:line  rule`, file relative to test/fixtures/lint/<case>/ */
  readonly expected: string;
  readonly exitCode: 1 | 2;
}

const cases: readonly Case[] = [
  { name: "dangling-ref", expected: "widget.yaml:27  no-unresolved-refs", exitCode: 1 },
  { name: "duplicate-operation-id", expected: "widget.yaml:5  operation-operationId-unique", exitCode: 1 },
  { name: "undeclared-path-param", expected: "widget.yaml:2  path-parameters-defined", exitCode: 1 },
  { name: "path-param-not-required", expected: "widget.yaml:5  nf/path-params-required", exitCode: 1 },
  { name: "invalid-example", expected: "widgets.yaml:63  nf/example-valid", exitCode: 1 },
  { name: "malformed-pagination", expected: "widgets.yaml:11  nf/x-pagination", exitCode: 1 },
  { name: "yaml-syntax", expected: "widget.yaml:10  yaml-syntax", exitCode: 2 },
  { name: "missing-file", expected: "widget.yaml:27  unreadable-file", exitCode: 2 },
];

describe("lint on broken fixture specs", () => {
  it.each(cases)("$name: $expected", async ({ name, expected, exitCode }) => {
    // The broken cases share the clean fixture's files, beside their own folder.
    const result = await lintSpec({ specPath: `${FIXTURES}/${name}/openapi.yaml`, allowedRoots: [FIXTURES] });
    const found = result.problems.map((p) => `${p.file.replace(`${FIXTURES}/${name}/`, "")}:${p.line}  ${p.rule}`);
    expect(found).toEqual([expected]);
    expect(result.exitCode).toBe(exitCode);
  });

  it("clean: no problems, exit 0", async () => {
    const result = await lintSpec({ specPath: `${FIXTURES}/clean/openapi.yaml` });
    expect(result.problems).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});

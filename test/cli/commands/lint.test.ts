/**
 * The lint command as users run it: a child process, its printed lines and its exit
 * code (0 clean, 1 problems, 2 unreadable), and never a stack trace.
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function runLint(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "cli/main.ts", "lint", ...args], { encoding: "utf8" });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The broken fixtures use the clean fixture's files, outside their own folders. */
const SHARED_FIXTURE_FILES = ["--ref-root", "test/fixtures/lint"];

const STACK_FRAME = /^\s+at .+\(.+:\d+:\d+\)$/m;

describe("northflank-openapi lint", () => {
  it("exits 0 and prints nothing for a clean spec", () => {
    const run = runLint("--spec", "test/fixtures/lint/clean/openapi.yaml");
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
  });

  it("exits 1 and prints each problem as file:line:col  rule  message", () => {
    const run = runLint("--spec", "test/fixtures/lint/path-param-not-required/openapi.yaml", ...SHARED_FIXTURE_FILES);
    expect(run.stdout).toBe(
      "test/fixtures/lint/path-param-not-required/widget.yaml:5:15  nf/path-params-required  path parameter `widgetId` of GET /v1/widgets/{widgetId} must have `required: true`\n",
    );
    expect(run.status).toBe(1);
    expect(run.stderr).not.toMatch(STACK_FRAME);
  });

  it.each([
    ["test/fixtures/lint/yaml-syntax/openapi.yaml", "test/fixtures/lint/yaml-syntax/widget.yaml:10:21  yaml-syntax  invalid YAML: bad indentation of a mapping entry\n"],
    ["test/fixtures/lint/no-such-dir/openapi.yaml", "test/fixtures/lint/no-such-dir/openapi.yaml:1:1  unreadable-file  cannot read the spec: no such file\n"],
  ])("exits 2 with a located message and no stack trace for %s", (spec, line) => {
    const run = runLint("--spec", spec, ...SHARED_FIXTURE_FILES);
    expect(run.stdout).toBe(line);
    expect(run.stderr).toContain("cannot read the spec");
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.status).toBe(2);
  });

  it("--help describes the command and exits 0", () => {
    const run = runLint("--help");
    expect(run.stdout).toContain("--spec <file>");
    expect(run.stdout).toContain("Exit codes: 0 clean, 1 problems, 2 unreadable input.");
    expect(run.status).toBe(0);
  });
});

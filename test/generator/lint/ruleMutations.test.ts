/**
 * Breaking any one thing in a copy of the clean fixture makes lint exit 1 and name the
 * rule, the file and the line. The copy lives in a temporary folder; each mutation is
 * a text replacement in one file, so the expected line is where that text sits.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { lintSpec } from "../../../generator/lint/lintSpec.js";

const CLEAN = "test/fixtures/lint/clean";

interface Mutation {
  readonly breaks: string;
  readonly file: string;
  readonly from: string;
  readonly to: string;
  readonly rule: string;
  /** The 1-based line of the problem in `file` after the edit. */
  readonly line: number;
}

const mutations: readonly Mutation[] = [
  { breaks: "two tags", file: "widgets/widgets.yaml", from: "  tags: [Widgets]\n  x-permission: null", to: "  tags: [Widgets, Other]\n  x-permission: null", rule: "nf/operation-tag", line: 6 },
  { breaks: "undeclared tag", file: "widgets/widget.yaml", from: "tags: [Widgets]", to: "tags: [Gadgets]", rule: "nf/operation-tag", line: 8 },
  { breaks: "no summary", file: "widgets/widget.yaml", from: "  summary: Get widget\n", to: "", rule: "operation-summary", line: 4 },
  { breaks: "public operation", file: "widgets/widget.yaml", from: "  x-idempotent: true\n", to: "  x-idempotent: true\n  security: []\n", rule: "nf/operation-security", line: 11 },
  { breaks: "no 2xx schema", file: "widgets/widget.yaml", from: '    "200":\n      description: The widget.\n      content:\n        application/json:\n          schema:\n            type: object\n            required: [data]\n            properties:\n              data: { $ref: "./schemas.yaml#/Widget" }\n          example:\n            data: { id: blue-widget, name: Blue widget, status: PENDING }\n', to: '    "200":\n      description: The widget.\n', rule: "nf/operation-success-schema", line: 18 },
  { breaks: "missing 429", file: "widgets/widget.yaml", from: '    "429": { $ref: "../common/responses.yaml#/TooManyRequests" }\n', to: "", rule: "nf/operation-error-responses", line: 18 },
  { breaks: "no x-permission", file: "widgets/widget.yaml", from: "  x-permission: Widgets > Manage > Read\n", to: "", rule: "nf/operation-permission", line: 4 },
  { breaks: "x-permission a number", file: "widgets/widget.yaml", from: "x-permission: Widgets > Manage > Read", to: "x-permission: 3", rule: "nf/x-permission", line: 9 },
  { breaks: "x-idempotent a string", file: "widgets/widget.yaml", from: "x-idempotent: true", to: "x-idempotent: sometimes", rule: "nf/x-idempotent", line: 10 },
  { breaks: "root x-result-pointer not a pointer", file: "openapi.yaml", from: "x-result-pointer: /data", to: "x-result-pointer: data", rule: "nf/x-result-pointer", line: 15 },
  { breaks: "x-result-pointer names nothing", file: "widgets/widget.yaml", from: "  x-idempotent: true\n", to: "  x-idempotent: true\n  x-result-pointer: /result\n", rule: "nf/x-result-pointer", line: 11 },
  { breaks: "scope without parameters", file: "openapi.yaml", from: '    parameters:\n      - $ref: "./common/parameters.yaml#/TeamId"\n', to: "    parameters: []\n", rule: "nf/x-path-scopes", line: 17 },
  { breaks: "undeclared scope", file: "widgets/widget.yaml", from: "    team: /v1/teams/{teamId}/widgets/{widgetId}", to: "    org: /v1/orgs/{teamId}/widgets/{widgetId}", rule: "nf/x-scoped-paths", line: 12 },
  { breaks: "scoped path lacks a parameter", file: "widgets/widget.yaml", from: "    team: /v1/teams/{teamId}/widgets/{widgetId}", to: "    team: /v1/teams/{teamId}/widgets", rule: "nf/x-scoped-paths", line: 12 },
  { breaks: "pagination cursorParam not a query parameter", file: "widgets/widgets.yaml", from: "cursorParam: cursor", to: "cursorParam: after", rule: "nf/x-pagination", line: 12 },
  { breaks: "pagination items not an array", file: "widgets/widgets.yaml", from: "itemsPointer: /data/widgets", to: "itemsPointer: /data", rule: "nf/x-pagination", line: 15 },
  { breaks: "pagination hasNextPage names nothing", file: "widgets/widgets.yaml", from: "hasNextPagePointer: /pagination/hasNextPage", to: "hasNextPagePointer: /pagination/more", rule: "nf/x-pagination", line: 14 },
  { breaks: "waiter done empty", file: "widgets/widget.yaml", from: "done: [READY]", to: "done: []", rule: "nf/x-waiter", line: 16 },
  { breaks: "waiter value outside the enum", file: "widgets/widget.yaml", from: "failed: [BROKEN]", to: "failed: [BROKEN, LOST]", rule: "nf/x-waiter", line: 17 },
  { breaks: "waiter done and failed overlap", file: "widgets/widget.yaml", from: "failed: [BROKEN]", to: "failed: [READY]", rule: "nf/x-waiter", line: 17 },
  { breaks: "waiter statusPointer not a string field", file: "widgets/widget.yaml", from: "statusPointer: /data/status", to: "statusPointer: /data", rule: "nf/x-waiter", line: 15 },
  { breaks: "waiter without name", file: "widgets/widget.yaml", from: "    name: waitForWidgetReady\n", to: "", rule: "nf/x-waiter", line: 13 },
  { breaks: "response example breaks its schema", file: "widgets/widget.yaml", from: "status: PENDING }", to: "status: GONE }", rule: "nf/example-valid", line: 29 },
  { breaks: "schema example breaks its schema", file: "widgets/schemas.yaml", from: "    status: READY\nNewWidget", to: "    status: 7\nNewWidget", rule: "nf/example-valid", line: 18 },
  { breaks: "parameter example breaks its schema", file: "common/parameters.yaml", from: "example: blue-widget", to: "example: Blue Widget", rule: "nf/example-valid", line: 17 },
];

let workDir: string | null = null;
afterEach(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
  workDir = null;
});

function mutatedCopy(mutation: Mutation): string {
  workDir = mkdtempSync(path.join(tmpdir(), "nf-lint-"));
  cpSync(CLEAN, workDir, { recursive: true });
  const target = path.join(workDir, mutation.file);
  const text = readFileSync(target, "utf8");
  if (!text.includes(mutation.from)) throw new Error(`mutation "${mutation.breaks}": text not found in ${mutation.file}`);
  writeFileSync(target, text.replace(mutation.from, mutation.to));
  return workDir;
}

describe("lint names the rule, file and line of one broken thing", () => {
  it.each(mutations)("$breaks -> $rule at $file:$line", async (mutation) => {
    const dir = mutatedCopy(mutation);
    const result = await lintSpec({ specPath: path.join(dir, "openapi.yaml"), ruleSets: ["northflank"] });
    const expectedFile = path.relative(process.cwd(), path.join(dir, mutation.file)).split(path.sep).join("/");
    expect(result.problems.map((p) => `${p.file}:${p.line}  ${p.rule}`)).toEqual([`${expectedFile}:${mutation.line}  ${mutation.rule}`]);
    expect(result.exitCode).toBe(1);
  });
});

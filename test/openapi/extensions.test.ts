/**
 * Every vendor extension has one descriptor, and lint and the generator's model read
 * through it, so they cannot disagree about a shape: each malformed value below, put into
 * a copy of the clean lint fixture, is refused by the descriptor, reported by lint under
 * the extension's rule, and reported by the model as a vendor-extension problem; each
 * well-formed variant passes all three.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { lintSpec } from "../../generator/lint/lintSpec.js";
import { loadSpec } from "../../generator/load/loadSpec.js";
import { buildModel } from "../../generator/model/buildModel.js";
import { MODEL_RULES } from "../../generator/model/modelProblem.js";
import { EXTENSIONS, type ExtensionDescriptor } from "../../openapi/extensions/index.js";

const CLEAN = "test/fixtures/lint/clean";

/** Where each extension is put: the root file, or the widget's GET. */
const HOLDER: Record<string, { file: string; at: readonly string[] }> = {
  "x-permission": { file: "widgets/widget.yaml", at: ["get"] },
  "x-idempotent": { file: "widgets/widget.yaml", at: ["get"] },
  "x-result-pointer": { file: "widgets/widget.yaml", at: ["get"] },
  "x-scoped-paths": { file: "widgets/widget.yaml", at: ["get"] },
  "x-waiter": { file: "widgets/widget.yaml", at: ["get"] },
  "x-pagination": { file: "widgets/widgets.yaml", at: ["get"] },
  "x-path-scopes": { file: "openapi.yaml", at: [] },
};

const PAGINATION = { cursorParam: "cursor", cursorPointer: "/pagination/cursor", hasNextPagePointer: "/pagination/hasNextPage", itemsPointer: "/data/widgets" };
const WAITER = { name: "waitForWidgetReady", statusPointer: "/data/status", done: ["READY"], failed: ["BROKEN"] };
const SCOPES = { team: { description: "A team's widgets.", parameters: [{ $ref: "./common/parameters.yaml#/TeamId" }] } };

const MALFORMED: Record<string, readonly unknown[]> = {
  "x-permission": [3, "", "   ", ["Widgets"]],
  "x-idempotent": ["sometimes", 1, null],
  "x-result-pointer": ["data", 5, { at: "/data" }],
  "x-scoped-paths": ["team", { team: 7 }, { team: "teams/{teamId}/widgets/{widgetId}" }],
  "x-waiter": [
    "waitForWidget",
    { ...WAITER, name: "" },
    { ...WAITER, name: "wait for widget" },
    { ...WAITER, statusPointer: "data/status" },
    { ...WAITER, done: [] },
    { ...WAITER, failed: [""] },
    { ...WAITER, failed: ["READY"] },
    { ...WAITER, extra: true },
    { name: WAITER.name, statusPointer: WAITER.statusPointer, done: WAITER.done },
  ],
  "x-pagination": [
    [],
    { ...PAGINATION, cursorParam: "" },
    { ...PAGINATION, itemsPointer: "data/widgets" },
    { ...PAGINATION, cursorPointer: 4 },
    { ...PAGINATION, extra: "x" },
    { cursorParam: "cursor", cursorPointer: "/pagination/cursor", hasNextPagePointer: "/pagination/hasNextPage" },
  ],
  "x-path-scopes": ["team", { team: { parameters: [] } }, { team: [] }, { team: { description: 5, parameters: SCOPES.team.parameters } }],
};

const WELL_FORMED: Record<string, unknown> = {
  "x-permission": null,
  "x-idempotent": false,
  "x-result-pointer": null,
  "x-scoped-paths": { team: "/v1/teams/{teamId}/widgets/{widgetId}" },
  "x-waiter": WAITER,
  "x-pagination": PAGINATION,
  "x-path-scopes": SCOPES,
};

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the clean fixture with `value` as the extension. */
function specWith(name: string, value: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), "nf-extension-"));
  copies.push(dir);
  cpSync(CLEAN, dir, { recursive: true });
  const holder = HOLDER[name]!;
  const file = path.join(dir, holder.file);
  const document = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const target = holder.at.reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, document);
  target[name] = value;
  writeFileSync(file, stringify(document));
  return path.join(dir, "openapi.yaml");
}

async function verdicts(name: string, value: unknown) {
  const specPath = specWith(name, value);
  const lint = await lintSpec({ specPath });
  const loaded = await loadSpec({ specPath });
  const model = buildModel({ document: loaded.document, locate: loaded.locate, specFile: specPath });
  return {
    lint: lint.problems.filter((problem) => problem.rule === `nf/${name}`).map((problem) => problem.message),
    model: model.problems.filter((problem) => problem.rule === MODEL_RULES.vendorExtension).map((problem) => problem.message),
  };
}

const descriptors = new Map<string, ExtensionDescriptor<unknown>>(EXTENSIONS.map((descriptor) => [descriptor.name, descriptor as ExtensionDescriptor<unknown>]));

describe("vendor extension descriptors", () => {
  it("cover every extension this test feeds, and only those", () => {
    expect([...descriptors.keys()].sort()).toEqual(Object.keys(MALFORMED).sort());
  });

  describe.each(Object.entries(MALFORMED))("%s", (name, values) => {
    it.each(values.map((value) => [JSON.stringify(value), value] as const))("refuses %s in the descriptor, lint and the model alike", async (_label, value) => {
      expect(descriptors.get(name)!.read(value).ok).toBe(false);
      const found = await verdicts(name, value);
      expect(found.lint.length, `lint said nothing about ${name}`).toBeGreaterThan(0);
      expect(found.model.length, `the model said nothing about ${name}`).toBeGreaterThan(0);
    });

    it("accepts a well-formed value in all three", async () => {
      expect(descriptors.get(name)!.read(WELL_FORMED[name]).ok).toBe(true);
      expect(await verdicts(name, WELL_FORMED[name])).toEqual({ lint: [], model: [] });
    });
  });
});

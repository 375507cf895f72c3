/**
 * Every fixture pair under test/fixtures/diff/<case>/ ({before,after}/openapi.yaml) is
 * classified exactly as its expected.json says: each change line and the suggested
 * bump. Together the pairs cover every kind of change the diff must recognise; the last
 * test checks that coverage against the list, so a case cannot quietly go missing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { diffSpecs, type ClassifiedChange } from "../../../generator/diff/diffSpecs.js";

const ROOT = fileURLToPath(new URL("../../fixtures/diff/", import.meta.url));

interface Expected {
  readonly bump: string;
  readonly changes: readonly string[];
}

const CASES = readdirSync(ROOT, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const seen: ClassifiedChange[] = [];

describe.each(CASES)("fixture pair %s", (name) => {
  it("is classified as expected.json says", async () => {
    const expected = JSON.parse(readFileSync(path.join(ROOT, name, "expected.json"), "utf8")) as Expected;
    const result = await diffSpecs({
      baseSpecPath: path.join(ROOT, name, "before", "openapi.yaml"),
      headSpecPath: path.join(ROOT, name, "after", "openapi.yaml"),
    });
    if (!result.ok) throw new Error(`${result.side}: ${result.problems.join("\n")}`);
    seen.push(...result.report.changes);
    expect({ bump: result.report.bump, changes: result.report.changes.map((change) => `${change.severity} ${change.message}`) }).toEqual(expected);
  });
});

/** Each kind of change the diff promises, as `kind side severity`, and the pair that shows it. */
const REQUIRED_COVERAGE: Readonly<Record<string, string>> = {
  "operation-removed api breaking": "operation-removed",
  "operation-added api compatible": "operation-added",
  "type-removed api breaking": "type-removed",
  "property-removed request breaking": "property-removed",
  "property-removed response breaking": "response-property-removed",
  "became-required request breaking": "property-became-required (body) and parameter-became-required (query)",
  "property-added-required request breaking": "required-property-added",
  "became-optional response breaking": "response-property-became-optional",
  "type-narrowed request breaking": "type-narrowed",
  "enum-value-removed request breaking": "request-enum-value-removed",
  "enum-value-added response breaking": "closed-response-enum-value-added",
  "path-changed api breaking": "path-changed",
  "method-changed api breaking": "method-changed",
  "property-added-optional request compatible": "optional-added",
  "type-widened request compatible": "type-widened",
  "enum-value-added request compatible": "request-enum-value-added",
  "enum-value-added response compatible": "open-response-enum-value-added",
};

describe("the fixture pairs together", () => {
  it("cover every kind of change the diff promises, parameters included", () => {
    expect(seen.length).toBeGreaterThan(0);
    const covered = new Set(seen.map((change) => `${change.kind} ${change.side} ${change.severity}`));
    const missing = Object.entries(REQUIRED_COVERAGE).filter(([key]) => !covered.has(key)).map(([key, pair]) => `${key} (${pair})`);
    expect(missing).toEqual([]);
    expect(seen.some((change) => change.kind === "property-removed" && change.path.startsWith("query."))).toBe(true);
    expect(seen.some((change) => change.kind === "became-required" && change.path.startsWith("query."))).toBe(true);
  });
});

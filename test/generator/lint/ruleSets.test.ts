/**
 * Rule sets: a spec that is not Northflank's is linted with Redocly's rules and the ones
 * every OpenAPI document can meet; the Northflank conventions run only when switched on
 * (this repository's northflank-openapi.config.json does, for its own spec).
 */
import { describe, expect, it } from "vitest";
import { lintSpec } from "../../../generator/lint/lintSpec.js";
import { RULE_SETS } from "../../../generator/lint/plugin.js";

const THIRD_PARTY = "test/package/consumer/petstore/openapi.yaml";
const NORTHFLANK_RULES = RULE_SETS.northflank.map((rule) => `nf/${rule}`);

async function rulesReported(ruleSets: readonly "northflank"[]): Promise<Set<string>> {
  const result = await lintSpec({ specPath: THIRD_PARTY, ruleSets });
  return new Set(result.problems.map((problem) => problem.rule));
}

describe("lint rule sets", () => {
  it("by default, reports none of the Northflank conventions on a third-party spec", async () => {
    const rules = await rulesReported([]);
    expect(NORTHFLANK_RULES.filter((rule) => rules.has(rule))).toEqual([]);
    expect(rules.has("operation-4xx-response")).toBe(true);
  });

  it("finds nothing in the neutral-output fixture (issue 13's third-party spec) without the set", async () => {
    const result = await lintSpec({ specPath: "test/fixtures/specs/neutral-api-key/openapi.yaml", ruleSets: [] });
    expect(result.problems.map((problem) => `${problem.rule} ${problem.message}`)).toEqual([]);
  });

  it("with the northflank set, reports them", async () => {
    const rules = await rulesReported(["northflank"]);
    expect(["nf/operation-tag", "nf/operation-permission", "nf/operation-error-responses"].filter((rule) => !rules.has(rule))).toEqual([]);
  });
});

/**
 * The spec agrees with the official client (`@northflank/js-client`) on every operation
 * both describe: request bodies, query parameters and results, checked by TypeScript both
 * ways, with each known difference listed in `allowlist.ts` with its reason.
 */
import { describe, expect, it } from "vitest";
import { ALLOWED_DIFFERENCES } from "./allowlist.js";
import { conformanceOperations, runConformance } from "./conformanceCheck.js";
import type { Disagreement } from "./checkTypeTest.js";
import { defaultOurType } from "./typeTestSource.js";

function describeDisagreement({ check, line, message }: Disagreement): string {
  const where = check ? `${check.operationId} ${check.part} ${check.direction}${check.field ? ` (allowlisted ${check.field})` : ""}` : `line ${line}`;
  return `${where}: ${message.split("\n").slice(-3).join(" / ")}`;
}

function checkKeys(disagreements: readonly Disagreement[]): string[] {
  return disagreements.map(({ check }) => (check ? `${check.operationId} ${check.part} ${check.direction} ${check.field ?? "-"}` : "unmapped")).sort();
}

describe("conformance with the official client", () => {
  it("finds no difference that the allowlist does not give a reason for", async () => {
    const run = await runConformance();
    expect(run.operations.length).toBeGreaterThan(0);
    expect(run.disagreements.map(describeDisagreement)).toEqual([]);
  });

  it("checks every spec operation the official client has, and only allowlists those", async () => {
    const operationIds = new Set((await conformanceOperations()).map((op) => op.operationId));
    expect(operationIds.size).toBeGreaterThanOrEqual(23);
    for (const entry of ALLOWED_DIFFERENCES) {
      expect(operationIds, `${entry.operationId} is not an operation both describe`).toContain(entry.operationId);
      expect(entry.reason.trim().length, `${entry.operationId} ${entry.field} has no reason`).toBeGreaterThan(0);
    }
  });
});

describe("the conformance checker", () => {
  it("reports a planted disagreement in each direction and a stale allowlist entry, and nothing else", async () => {
    const mutations: Record<string, string> = {
      // `name` becomes a number: neither side accepts the other.
      "createProject request": `(Omit<${defaultOurType("createProject", "request")}, "name"> & { name: number })`,
      // `description` becomes required: the official request, which may leave it out, is refused.
      "createProject result": `(${defaultOurType("createProject", "result")} & { description: string })`,
      // `description` (optional in the official type) disappears: only the field check sees it.
      "getJob result": `Omit<${defaultOurType("getJob", "result")}, "description">`,
    };
    const run = await runConformance({
      only: ["createProject", "getJob"],
      ourType: (operationId, part) => mutations[`${operationId} ${part}`] ?? defaultOurType(operationId, part),
      allowlist: [...ALLOWED_DIFFERENCES, { operationId: "getJob", part: "result", direction: "officialToOurs", field: "name", reason: "planted: agrees" }],
    });
    expect(checkKeys(run.disagreements)).toEqual([
      "createProject request officialToOurs -",
      "createProject request oursToOfficial -",
      "createProject result officialToOurs -",
      "getJob result officialFieldsInOurs -",
      "getJob result officialToOurs name",
    ]);
  });
});

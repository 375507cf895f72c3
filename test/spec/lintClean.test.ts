/** The committed spec passes every lint rule: `npm run lint:spec` exits 0. */
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../generator/load/problem.js";
import { lintSpec } from "../../generator/lint/lintSpec.js";
import { SPEC_PATH } from "./bundledSpec.js";

describe(SPEC_PATH, () => {
  it("lints clean", async () => {
    const result = await lintSpec({ specPath: SPEC_PATH });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.exitCode).toBe(0);
  });
});

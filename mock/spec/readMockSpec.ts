/**
 * Loads and bundles the spec with the toolchain's own loader, refusing to serve a spec
 * that has problems: a mock built on half a spec would answer wrongly without saying so.
 */
import { loadSpec } from "../../generator/load/loadSpec.js";
import { formatProblem } from "../../generator/load/problem.js";

export class MockSpecError extends Error {
  override readonly name = "MockSpecError";
}

export async function readMockSpec(specPath: string): Promise<Record<string, unknown>> {
  const loaded = await loadSpec({ specPath });
  if (loaded.problems.length > 0) {
    const shown = loaded.problems.slice(0, 10).map(formatProblem);
    const more = loaded.problems.length > shown.length ? [`... and ${loaded.problems.length - shown.length} more`] : [];
    throw new MockSpecError([`cannot serve ${specPath}: it has ${loaded.problems.length} problem(s)`, ...shown, ...more].join("\n  "));
  }
  return loaded.document;
}

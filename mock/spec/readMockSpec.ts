/**
 * Loads and bundles the spec with the toolchain's own loader, refusing to serve a spec
 * that has problems: a mock built on half a spec would answer wrongly without saying so.
 * With a cache folder, a bundle kept from an earlier start is reused while it is exact
 * (see `specBundleCache.ts`), and the loader (Redocly) is not even imported.
 */
import { formatProblem } from "../../generator/load/problem.js";
import { readCachedBundle, writeCachedBundle } from "./specBundleCache.js";

export class MockSpecError extends Error {
  override readonly name = "MockSpecError";
}

/** `cacheDir`: where bundles are kept between starts; `null` bundles on every call. */
export async function readMockSpec(specPath: string, cacheDir: string | null = null): Promise<Record<string, unknown>> {
  const cached = cacheDir === null ? null : readCachedBundle(cacheDir, specPath);
  if (cached !== null) return cached;
  const { loadSpec } = await import("../../generator/load/loadSpec.js");
  const loaded = await loadSpec({ specPath });
  if (loaded.problems.length > 0) {
    const shown = loaded.problems.slice(0, 10).map(formatProblem);
    const more = loaded.problems.length > shown.length ? [`... and ${loaded.problems.length - shown.length} more`] : [];
    throw new MockSpecError([`cannot serve ${specPath}: it has ${loaded.problems.length} problem(s)`, ...shown, ...more].join("\n  "));
  }
  if (cacheDir !== null) await writeCachedBundle(cacheDir, specPath, loaded.document, loaded.sources);
  return loaded.document;
}

/**
 * Loads the spec through the caller's loader, refusing to serve a spec that has problems:
 * a mock built on half a spec would answer wrongly without saying so. With a cache
 * folder, a bundle kept from an earlier start is reused while it is exact (see
 * `specBundleCache.ts`), and the loader is never asked (nor, lazily, even loaded).
 */
import { readCachedBundle, writeCachedBundle } from "./specBundleCache.js";
import type { SpecLoader } from "./specLoader.js";

export class MockSpecError extends Error {
  override readonly name = "MockSpecError";
}

const SHOWN_PROBLEMS = 10;

/** `cacheDir`: where bundles are kept between starts; `null` bundles on every call. */
export async function readMockSpec(specPath: string, loader: SpecLoader, cacheDir: string | null = null): Promise<Record<string, unknown>> {
  const cached = cacheDir === null ? null : readCachedBundle(cacheDir, specPath, loader.fingerprint());
  if (cached !== null) return cached;
  const loaded = await loader.load(specPath);
  if (loaded.problems.length > 0) {
    const shown = loaded.problems.slice(0, SHOWN_PROBLEMS);
    const more = loaded.problems.length > shown.length ? [`... and ${loaded.problems.length - shown.length} more`] : [];
    throw new MockSpecError([`cannot serve ${specPath}: it has ${loaded.problems.length} problem(s)`, ...shown, ...more].join("\n  "));
  }
  if (cacheDir !== null) await writeCachedBundle(cacheDir, specPath, loaded.document, loaded.sources, loader.fingerprint());
  return loaded.document;
}

/**
 * The loader in the shape the mock takes (`SpecLoader` in mock/spec/specLoader.ts, matched
 * by structure: neither side imports the other; the command line joins them). Loading
 * imports Redocly only when `load` runs, so a mock start served from its bundle cache
 * never pays for it; the fingerprint hashes only files.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LoadSpecOptions } from "./loadSpec.js";

/**
 * The loader's own modules, the OpenAPI helpers it uses and the one it reaches Redocly through (`.ts` in a checkout,
 * `.js` when compiled): what they do decides the bundle.
 */
const LOADER_DIRS = ["./", "../dependencies/", "../../openapi/"].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));

/** `load` resolves to the bundle, its source texts and its problems as printable lines; `fingerprint` identifies this loader. */
export function createSpecLoader(options: Omit<LoadSpecOptions, "specPath"> = {}) {
  let fingerprint: string | null = null;
  return {
    async load(specPath: string) {
      const [{ loadSpec }, { formatProblem }] = await Promise.all([import("./loadSpec.js"), import("./problem.js")]);
      const loaded = await loadSpec({ ...options, specPath });
      return { document: loaded.document, sources: loaded.sources, problems: loaded.problems.map(formatProblem) };
    },
    fingerprint: (): string => (fingerprint ??= loaderFingerprint(options)),
  };
}

/** Changes whenever the loader's code, the Redocly release it calls, or the options given to it do. */
function loaderFingerprint(options: Omit<LoadSpecOptions, "specPath">): string {
  const hash = createHash("sha256");
  for (const dir of LOADER_DIRS) {
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name)
      .sort();
    for (const name of names) hash.update(`${path.basename(dir)}/${name}\0`).update(readFileSync(path.join(dir, name))).update("\0");
  }
  hash.update(readFileSync(createRequire(import.meta.url).resolve("@redocly/openapi-core/package.json")));
  hash.update(JSON.stringify(options));
  return hash.digest("hex");
}

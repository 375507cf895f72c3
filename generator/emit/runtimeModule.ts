/**
 * The module specifier the generated files import the runtime from. Inside this
 * repository it is the relative `../runtime/index.js`; a user who installed the
 * package generates with `northflank-openapi/runtime` (the package's `./runtime`
 * export). The in-memory type check must resolve that package specifier even where
 * the package is not installed (a checkout, a scratch folder), so it is mapped to the
 * runtime that ships beside this generator: the one the generated code was made for.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The runtime as imported from the output folder inside this repository. */
export const DEFAULT_RUNTIME_MODULE = "../runtime/index.js";

/** What a user who installed the package passes as `--runtime`. */
export const PACKAGE_RUNTIME_MODULE = "northflank-openapi/runtime";

/**
 * The runtime beside this file, as TypeScript resolves it: `index.js` stands for
 * `index.ts` in a checkout and for `index.d.ts` in the built package (dist/).
 */
const RUNTIME_BESIDE_GENERATOR = fileURLToPath(new URL("../../runtime/index.js", import.meta.url));

/** Quotes, backslashes, backticks and whitespace would break out of the import's string literal. */
const UNSAFE_SPECIFIER = /[\s"'`\\]/;

/** Why `specifier` cannot be imported from generated code in `outDir`, or null when it can. */
export function runtimeModuleProblem(specifier: string, outDir: string): string | null {
  if (specifier === "") return "--runtime: the runtime module must not be empty";
  if (UNSAFE_SPECIFIER.test(specifier)) {
    return `--runtime: ${JSON.stringify(specifier)} is not a module specifier (no whitespace, quotes, backticks or backslashes)`;
  }
  return missingRelativeRuntime(specifier, outDir);
}

/**
 * A relative specifier that leads nowhere from the output folder would fail the type
 * check once per generated file; say it once, with the likely fix (output outside this
 * repository, where the default `../runtime/index.js` cannot reach).
 */
function missingRelativeRuntime(specifier: string, outDir: string): string | null {
  if (!specifier.startsWith("./") && !specifier.startsWith("../")) return null;
  const target = path.resolve(outDir, specifier);
  if (typeScriptCandidates(target).some((candidate) => existsSync(candidate))) return null;
  return (
    `--runtime: no runtime at ${target} (${specifier} from the output folder ${path.resolve(outDir)}). ` +
    `Outside this repository, pass --runtime ${PACKAGE_RUNTIME_MODULE} with the package installed.`
  );
}

/** The files TypeScript accepts for an import of `target` (`.js` stands for `.ts` and `.d.ts` too). */
function typeScriptCandidates(target: string): string[] {
  const stem = target.replace(/\.(js|mjs|cjs)$/, "");
  return [target, `${stem}.ts`, `${stem}.d.ts`, `${stem}.mts`, `${stem}.d.mts`, path.join(target, "index.ts"), path.join(target, "index.d.ts")];
}

/**
 * compilerOptions.paths for the type check: the package's runtime export mapped to the
 * runtime beside this generator (an absolute path, so no baseUrl is needed). Where that
 * file is missing, TypeScript falls back to ordinary resolution from the output folder.
 */
export function runtimeModulePaths(): Record<string, string[]> {
  return { [PACKAGE_RUNTIME_MODULE]: [RUNTIME_BESIDE_GENERATOR] };
}

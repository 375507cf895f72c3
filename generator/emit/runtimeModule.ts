/**
 * The module specifier the generated files import the runtime from. Inside this
 * repository it is the relative `../runtime/index.js`; a user generates with
 * `@northflank-openapi/client/runtime` (the client package's `./runtime` export). In a
 * checkout the type check maps that specifier to the runtime source beside this
 * generator (the one the generated code was made for), so it resolves where the client
 * is not installed; in the installed toolchain, which ships no runtime, it resolves as
 * the user's own build will: to the client package in their node_modules.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The runtime as imported from the output folder inside this repository. */
export const DEFAULT_RUNTIME_MODULE = "../runtime/index.js";

/** What a user passes as `--runtime`, with `@northflank-openapi/client` installed. */
export const PACKAGE_RUNTIME_MODULE = "@northflank-openapi/client/runtime";

/**
 * The runtime beside this file, without an extension: a `paths` target is tried as
 * written and with `.ts`, `.tsx` and `.d.ts` appended, never with `.js` swapped out, so
 * `index.js` would find no declarations (`index.ts` in a checkout, `index.d.ts` built).
 */
const RUNTIME_BESIDE_GENERATOR = fileURLToPath(new URL("../../runtime/index", import.meta.url));

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
    `Outside this repository, pass --runtime ${PACKAGE_RUNTIME_MODULE} with the client package installed.`
  );
}

/** The files TypeScript accepts for an import of `target` (`.js` stands for `.ts` and `.d.ts` too). */
function typeScriptCandidates(target: string): string[] {
  const stem = target.replace(/\.(js|mjs|cjs)$/, "");
  return [target, `${stem}.ts`, `${stem}.d.ts`, `${stem}.mts`, `${stem}.d.mts`, path.join(target, "index.ts"), path.join(target, "index.d.ts")];
}

/**
 * compilerOptions.paths for the type check: the client's runtime export mapped to the
 * runtime beside this generator (an absolute path, so no baseUrl is needed) when there is
 * one (a checkout); otherwise none, and TypeScript resolves it from the output folder.
 */
export function runtimeModulePaths(): Record<string, string[]> {
  const beside = typeScriptCandidates(`${RUNTIME_BESIDE_GENERATOR}.js`).some((candidate) => existsSync(candidate));
  return beside ? { [PACKAGE_RUNTIME_MODULE]: [RUNTIME_BESIDE_GENERATOR] } : {};
}

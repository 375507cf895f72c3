/**
 * Loads the generator's large CommonJS dependencies (TypeScript, ts-morph,
 * openapi-typescript's CommonJS build, Redocly, handlebars) with Node's `require`
 * instead of `import`. Imported from an ES module, Node scans each CommonJS entry with
 * its export lexer (the TypeScript compiler alone is megabytes), and under a module hook
 * (tsx runs the CLI that way in a checkout) every `require` inside them is a synchronous
 * round trip to the hook thread: loaded that way those packages cost about twice the CPU
 * they cost through `require`, and more memory. Every value import of them goes
 * through the modules beside this one, so each package is loaded once, by one path;
 * types are still imported from the packages themselves (`import type`).
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export function requireDependency<T>(specifier: string): T {
  return require(specifier) as T;
}

/**
 * Where this package's own Northflank spec lives. The mock serves the Northflank API, so
 * by default it reads the spec shipped with the package, wherever the caller's working
 * directory is. Walking up from this module finds it both in a checkout (mock/spec/) and
 * when compiled and installed (dist/mock/spec/).
 */
import { existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const SPEC_FILE = join("spec", "openapi.yaml");

export function packageSpecPath(startDir: string = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = startDir; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, SPEC_FILE))) return join(dir, SPEC_FILE);
    if (dirname(dir) === dir) return SPEC_FILE; // not found: fall back to the working directory's
  }
}

/** The same path as a caller would type it: relative to the working directory when inside it. */
export function displaySpecPath(absolutePath: string): string {
  const fromCwd = relative(process.cwd(), absolutePath);
  return fromCwd.startsWith("..") ? absolutePath : fromCwd;
}

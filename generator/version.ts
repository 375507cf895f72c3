/**
 * The toolchain's version, read from its own package.json (found by walking up from this
 * file, which sits at a different depth in the source tree and in the built package).
 * It is recorded in every output manifest and printed by `--version`.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PACKAGE_NAME = "northflank-openapi";

function readToolchainVersion(): string {
  let folder = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(folder, "package.json");
    if (existsSync(manifest)) {
      const { name, version } = JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown; version?: unknown };
      if (name === PACKAGE_NAME && typeof version === "string") return version;
    }
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error(`${PACKAGE_NAME}: cannot find its own package.json above ${fileURLToPath(import.meta.url)}`);
    folder = parent;
  }
}

export const TOOLCHAIN_VERSION = readToolchainVersion();

/**
 * Whether this generator runs from its TypeScript sources (a checkout) rather than as
 * built. There its code can change while its version does not, so the version alone
 * does not say what it would generate.
 */
export const RUNNING_FROM_SOURCE = import.meta.url.endsWith(".ts");

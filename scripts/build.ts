/**
 * `npm run build` (and `prepack`): the published package's dist/. Compiles generated/,
 * runtime/, generator/ and mock/ to JavaScript and .d.ts with tsconfig.build.json, then
 * copies the files the compiled code reads at run time to the same place relative to it
 * as in the source tree, so paths computed from `import.meta.url` hold in both.
 *   npm run build
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { RUNTIME_ASSETS } from "./lib/buildAssets.js";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const DIST = path.join(REPO_ROOT, "dist");


function compile(): boolean {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  const result = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: REPO_ROOT, stdio: "inherit" });
  return result.status === 0;
}

function copyAssets(): void {
  for (const asset of RUNTIME_ASSETS) {
    const from = path.join(REPO_ROOT, asset);
    if (!existsSync(from)) throw new Error(`build: ${asset} is listed as a run-time asset but does not exist`);
    cpSync(from, path.join(DIST, asset), { recursive: true });
  }
}

// Start from nothing, so a module deleted from the source never ships from an old build.
rmSync(DIST, { recursive: true, force: true });
if (!compile()) {
  console.error("build: tsc failed (see above); dist/ is incomplete");
  process.exitCode = 1;
} else {
  copyAssets();
  console.error(`build: ${path.relative(process.cwd(), DIST) || "dist"} ready`);
}

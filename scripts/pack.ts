/**
 * `npm run pack`: builds dist/ and packs the two packages this repository publishes into
 * dist/tarballs/:
 * - `@northflank-openapi/client`: the generated client and its runtime, compiled (ESM and
 *   .d.ts), depending on openapi-fetch, plus the streaming entry point (`/streaming`), whose
 *   `ws` dependency is loaded only by streams on platforms without a global WebSocket;
 * - `northflank-openapi`: the toolchain (CLI, generator, mock, the spec), with everything
 *   heavy. It carries the runtime's compiled copy too, so its type check of generated code
 *   (and `diff`) work against the very runtime it generates for.
 * Each package is assembled in dist/packages/<name>/ with its own package.json, README and
 * the licence, then packed with `npm pack`; the tarballs' paths are printed.
 *   npm run pack
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO_ROOT = fileURLToPath(new URL("../", import.meta.url));
const DIST = path.join(REPO_ROOT, "dist");
const STAGING = path.join(DIST, "packages");
const TARBALLS = path.join(DIST, "tarballs");

interface Manifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  [key: string]: unknown;
}

const root = readJson<Manifest>(path.join(REPO_ROOT, "package.json"));

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

function writeJson(file: string, value: unknown): void {
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

function run(command: string, args: readonly string[], cwd: string): string {
  const result = spawnSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (result.status !== 0) throw new Error(`pack: ${command} ${args.join(" ")} failed (exit ${result.status})`);
  return result.stdout;
}

function copy(from: string, to: string): void {
  cpSync(path.join(REPO_ROOT, from), to, { recursive: true });
}

/** The root's pinned version of a dependency, so both packages ask for what the repository tests with. */
function pinned(name: string): string {
  const version = root.dependencies?.[name];
  if (version === undefined) throw new Error(`pack: ${name} is not a dependency in package.json`);
  return version;
}

function stageClient(): string {
  const dir = path.join(STAGING, "client");
  const manifest = readJson<Manifest>(path.join(REPO_ROOT, "packages/client/package.json"));
  mkdirSync(dir, { recursive: true });
  copy("dist/generated", path.join(dir, "generated"));
  copy("dist/runtime", path.join(dir, "runtime"));
  copy("dist/streaming", path.join(dir, "streaming"));
  copy("packages/client/README.md", path.join(dir, "README.md"));
  copy("LICENSE", path.join(dir, "LICENSE"));
  writeJson(path.join(dir, "package.json"), { ...manifest, version: root.version, dependencies: { "openapi-fetch": pinned("openapi-fetch"), ws: pinned("ws") } });
  return dir;
}

/** The toolchain's manifest: the root's, less what only this repository uses. */
function toolchainManifest(): Manifest {
  const { scripts: _scripts, devDependencies: _dev, main: _main, types: _types, private: _private, ...published } = root;
  return {
    ...published,
    exports: {
      "./mock": { types: "./dist/cli/mockPackage.d.ts", default: "./dist/cli/mockPackage.js" },
      "./package.json": "./package.json",
      "./spec/*": "./spec/*",
    },
    files: ["dist/", "bin/", "spec/"],
  };
}

function stageToolchain(): string {
  const dir = path.join(STAGING, "toolchain");
  mkdirSync(path.join(dir, "dist"), { recursive: true });
  for (const folder of ["openapi", "cli", "generator", "mock", "runtime"]) copy(`dist/${folder}`, path.join(dir, "dist", folder));
  copy("bin", path.join(dir, "bin"));
  copy("spec", path.join(dir, "spec"));
  copy("packages/toolchain/README.md", path.join(dir, "README.md"));
  copy("LICENSE", path.join(dir, "LICENSE"));
  writeJson(path.join(dir, "package.json"), toolchainManifest());
  return dir;
}

function pack(dir: string): string {
  run("npm", ["pack", "--pack-destination", TARBALLS, "--ignore-scripts"], dir);
  return path.join(TARBALLS, readdirSync(TARBALLS).find((name) => name.startsWith(tarballPrefix(dir)))!);
}

function tarballPrefix(dir: string): string {
  const { name, version } = readJson<Manifest>(path.join(dir, "package.json"));
  return `${name.replace(/^@/, "").replace("/", "-")}-${version}`;
}

run(process.execPath, [path.join(REPO_ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/build.ts"], REPO_ROOT);
rmSync(STAGING, { recursive: true, force: true });
rmSync(TARBALLS, { recursive: true, force: true });
mkdirSync(TARBALLS, { recursive: true });
for (const dir of [stageClient(), stageToolchain()]) console.log(path.relative(process.cwd(), pack(dir)));

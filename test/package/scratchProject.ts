/**
 * What a user's machine would do with our package, without the network: `npm pack` it,
 * unpack the tarball into a scratch project's node_modules outside the repository, and
 * link the dependencies it declares from this repository's node_modules (what
 * `npm install` would fetch). Anything the package needs but does not declare, or does
 * not ship, fails to resolve there.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CONSUMER_FILES = fileURLToPath(new URL("./consumer/", import.meta.url));
const PACKAGE_NAME = "northflank-openapi";

const run = promisify(execFile);

export interface CommandResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs a command to completion; a non-zero exit is returned, not thrown. */
export async function runCommand(file: string, args: readonly string[], cwd: string): Promise<CommandResult> {
  try {
    const { stdout, stderr } = await run(file, [...args], { cwd, env: offlineEnv(), maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: unknown; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? String(error) };
  }
}

/** npm must never reach a registry from a test. */
function offlineEnv(): NodeJS.ProcessEnv {
  return { ...process.env, npm_config_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false" };
}

/** `npm pack` (its prepack builds dist/) into `destination`; the tarball's path. */
export async function packPackage(destination: string): Promise<string> {
  const result = await runCommand("npm", ["pack", "--pack-destination", destination], REPO_ROOT);
  if (result.code !== 0) throw new Error(`npm pack failed (exit ${result.code}):\n${result.stderr}`);
  const tarballs = readdirSync(destination).filter((name) => name.endsWith(".tgz"));
  if (tarballs.length !== 1) throw new Error(`npm pack left ${tarballs.length} tarballs in ${destination}`);
  return path.join(destination, tarballs[0]!);
}

/** The paths inside the tarball, without npm's `package/` prefix. */
export async function listTarball(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarball]);
  return stdout.split("\n").filter((line) => line !== "" && !line.endsWith("/")).map((line) => line.replace(/^package\//, ""));
}

/**
 * A `"type": "module"` project at `dir` with the tarball installed, the consumer files
 * copied in, and `extraLinks` (tools a user would have, e.g. `@types/node`) linked.
 */
export async function createScratchProject(dir: string, tarball: string, extraLinks: readonly string[]): Promise<void> {
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "scratch-consumer", private: true, type: "module" }, null, 2));
  const installed = path.join(dir, "node_modules", PACKAGE_NAME);
  mkdirSync(installed, { recursive: true });
  await run("tar", ["-xzf", tarball, "-C", installed, "--strip-components=1"]);
  for (const name of [...declaredDependencies(installed), ...extraLinks]) linkFromRepo(dir, name);
  cpSync(CONSUMER_FILES, dir, { recursive: true });
}

function declaredDependencies(packageDir: string): string[] {
  const manifest = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  return Object.keys(manifest.dependencies ?? {});
}

function linkFromRepo(projectDir: string, name: string): void {
  const link = path.join(projectDir, "node_modules", ...name.split("/"));
  mkdirSync(path.dirname(link), { recursive: true });
  symlinkSync(path.join(REPO_ROOT, "node_modules", ...name.split("/")), link, "dir");
}

/** A tsconfig for the scratch project, checking `typed.ts` the way a user's build would. */
export function writeTsconfig(dir: string, name: string, resolution: "NodeNext" | "Bundler"): string {
  const file = path.join(dir, name);
  const compilerOptions = {
    target: "ES2022",
    module: resolution === "NodeNext" ? "NodeNext" : "ESNext",
    moduleResolution: resolution,
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    types: ["node"],
    strict: true,
    noEmit: true,
    // Check the package's own .d.ts too, as a user without skipLibCheck would.
    skipLibCheck: false,
  };
  writeFileSync(file, JSON.stringify({ compilerOptions, files: ["typed.ts"] }, null, 2));
  return file;
}

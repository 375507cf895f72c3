/**
 * What a user's machine would do with our packages, without the network: pack both
 * (`npm run pack`), unpack the tarballs into a scratch project's node_modules outside the
 * repository, and link the dependencies they declare from this repository's node_modules
 * (what `npm install` would fetch). Anything a package needs but does not declare, or does
 * not ship, fails to resolve there.
 */
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CONSUMER_FILES = fileURLToPath(new URL("./consumer/", import.meta.url));

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

export interface Tarballs {
  /** `@northflank-openapi/client`. */
  readonly client: string;
  /** `northflank-openapi`, the toolchain. */
  readonly toolchain: string;
}

/** `npm run pack` (build, then both packages into dist/tarballs/); the tarballs' paths. */
export async function packPackages(): Promise<Tarballs> {
  const result = await runCommand("npm", ["run", "-s", "pack"], REPO_ROOT);
  if (result.code !== 0) throw new Error(`npm run pack failed (exit ${result.code}):\n${result.stderr}`);
  const [client, toolchain] = result.stdout.trim().split("\n").map((line) => path.resolve(REPO_ROOT, line));
  if (client === undefined || toolchain === undefined) throw new Error(`npm run pack printed no tarballs:\n${result.stdout}`);
  return { client, toolchain };
}

/** The paths inside the tarball, without npm's `package/` prefix. */
export async function listTarball(tarball: string): Promise<string[]> {
  const { stdout } = await run("tar", ["-tzf", tarball]);
  return stdout.split("\n").filter((line) => line !== "" && !line.endsWith("/")).map((line) => line.replace(/^package\//, ""));
}

/**
 * A `"type": "module"` project at `dir` with the tarballs installed, the consumer files
 * copied in, and `extraLinks` (tools a user would have, e.g. `@types/node`) linked.
 */
export async function createScratchProject(dir: string, tarballs: readonly string[], extraLinks: readonly string[]): Promise<void> {
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "scratch-consumer", private: true, type: "module" }, null, 2));
  const installed = new Map<string, string>();
  for (const tarball of tarballs) {
    const unpacked = path.join(dir, "node_modules", ".unpacked", path.basename(tarball));
    mkdirSync(unpacked, { recursive: true });
    await run("tar", ["-xzf", tarball, "-C", unpacked, "--strip-components=1"]);
    const name = (JSON.parse(readFileSync(path.join(unpacked, "package.json"), "utf8")) as { name: string }).name;
    const target = path.join(dir, "node_modules", ...name.split("/"));
    mkdirSync(path.dirname(target), { recursive: true });
    renameSync(unpacked, target);
    installed.set(name, target);
  }
  const wanted = new Set([...[...installed.values()].flatMap(declaredDependencies), ...extraLinks]);
  for (const name of wanted) if (!installed.has(name)) linkFromRepo(dir, name);
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

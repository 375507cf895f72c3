/**
 * Our package as an installed user has it: the compiled dist/ beside bin/, spec/ and
 * package.json, in a workspace folder, so its bin runs the JavaScript (no TypeScript
 * loader), as Prism's does. dist/ is what `npm run build` compiles, with tsconfig.build.json,
 * emitted without the type check, the .d.ts files and the dependencies' types: under
 * `isolatedModules` and `verbatimModuleSyntax` each file's JavaScript depends on that file
 * alone, so it is the same, in a third of the time. The dependencies are the repository's,
 * linked, as `npm install` would put them.
 */
import { cp, symlink } from "node:fs/promises";
import path from "node:path";
import { NODE, tscCli } from "./commands.js";
import { RUNTIME_ASSETS } from "../../lib/buildAssets.js";
import { runToExit } from "./spawnMeasured.js";
import { repoPath, REPO_ROOT, type Workspace } from "./workspace.js";

/** What the package ships besides dist/ (its `files`), plus package.json. */
const SHIPPED = ["bin", "spec", "package.json"] as const;

export interface InstalledCopy {
  readonly root: string;
  /** The command line of the copy's bin, as a user's `npx northflank-openapi ...` runs it. */
  cli(...args: string[]): { command: string; args: string[] };
}

const copies = new WeakMap<Workspace, Promise<InstalledCopy>>();

/** The workspace's installed copy, built on first use (the mock and check parts share it). */
export function installedCopyFor(workspace: Workspace): Promise<InstalledCopy> {
  let copy = copies.get(workspace);
  if (copy === undefined) copies.set(workspace, (copy = buildInstalledCopy(workspace)));
  return copy;
}

async function buildInstalledCopy(workspace: Workspace): Promise<InstalledCopy> {
  const root = await workspace.folder("installed");
  const emit = tscCli("-p", repoPath("tsconfig.build.json"), "--outDir", path.join(root, "dist"), "--noCheck", "--declaration", "false", "--noResolve");
  await runToExit({ ...emit, cwd: REPO_ROOT, timeoutMs: 300_000 });
  for (const name of SHIPPED) await cp(repoPath(name), path.join(root, name), { recursive: true });
  for (const asset of RUNTIME_ASSETS) await cp(repoPath(asset), path.join(root, "dist", asset), { recursive: true });
  await symlink(repoPath("node_modules"), path.join(root, "node_modules"), "dir");
  return { root, cli: (...args) => ({ command: NODE, args: [path.join(root, "bin/northflank-openapi.js"), ...args] }) };
}

/**
 * Temporary folders outside the repository for everything a bench run writes (generated
 * output, consumer files, bundles, spec copies), removed at the end of the run.
 */
import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file is scripts/bench/lib/workspace.ts). */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

export function repoPath(...segments: string[]): string {
  return path.join(REPO_ROOT, ...segments);
}

export interface Workspace {
  readonly root: string;
  /** A new, empty folder under the workspace (a numbered suffix keeps names unique). */
  folder(name: string): Promise<string>;
  /**
   * A new folder that looks like the repository root to generated code: `runtime/` and
   * `node_modules/` link to the repository's, so output written to `<folder>/generated`
   * resolves `../runtime/index.js` as it does in the repository.
   */
  repoLikeFolder(name: string): Promise<string>;
  remove(): Promise<void>;
}

export async function createWorkspace(): Promise<Workspace> {
  const root = await mkdtemp(path.join(os.tmpdir(), "nf-bench-"));
  let counter = 0;
  const folder = async (name: string): Promise<string> => {
    const dir = path.join(root, `${name}-${++counter}`);
    await mkdir(dir, { recursive: true });
    return dir;
  };
  return {
    root,
    folder,
    repoLikeFolder: async (name) => {
      const dir = await folder(name);
      await symlink(repoPath("runtime"), path.join(dir, "runtime"), "dir");
      await symlink(repoPath("node_modules"), path.join(dir, "node_modules"), "dir");
      return dir;
    },
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/**
 * The spec as it was at a git ref: every file under the spec's folder at that commit,
 * written to a fresh temporary folder at the same relative paths (so `$ref`s between
 * files resolve as they did). Read with `git ls-tree` and one `git cat-file --batch`;
 * the work tree and the index are never touched.
 */
import { execFileSync } from "node:child_process";
import { realpathSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

export class DiffInputError extends Error {}

export interface SpecAtRef {
  /** The root spec file inside the temporary folder. */
  readonly specPath: string;
  /** The temporary folder; `dispose` removes it. */
  readonly dir: string;
  /** The commit the ref named (full hash). */
  readonly commit: string;
  dispose(): Promise<void>;
}

export interface SpecAtRefOptions {
  readonly ref: string;
  /** The working tree's root spec file (as given on the command line). */
  readonly specPath: string;
  /** Where git runs. @default process.cwd() */
  readonly cwd?: string;
}

export async function specAtRef(options: SpecAtRefOptions): Promise<SpecAtRef> {
  const cwd = options.cwd ?? process.cwd();
  const root = git(["rev-parse", "--show-toplevel"], cwd, () => `${cwd} is not inside a git repository`).toString("utf8").trim();
  const commit = resolveCommit(options.ref, cwd);
  const specInRepo = toPosix(path.relative(root, path.resolve(realpathSync(cwd), options.specPath)));
  if (specInRepo.startsWith("../") || path.isAbsolute(specInRepo)) throw new DiffInputError(`the spec ${options.specPath} is outside the git repository ${root}`);
  const folder = path.posix.dirname(specInRepo);
  const blobs = listBlobs(commit, folder, cwd);
  if (!blobs.some((blob) => blob.path === specInRepo)) throw new DiffInputError(`${specInRepo} does not exist at ${options.ref} (${commit.slice(0, 12)})`);
  const dir = await mkdtemp(path.join(os.tmpdir(), "northflank-openapi-diff-"));
  try {
    await writeBlobs(dir, blobs, readBlobs(blobs, cwd));
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return { specPath: path.join(dir, ...specInRepo.split("/")), dir, commit, dispose: () => rm(dir, { recursive: true, force: true }) };
}

function resolveCommit(ref: string, cwd: string): string {
  if (ref === "" || ref.startsWith("-")) throw new DiffInputError(`"${ref}" is not a git ref`);
  return git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], cwd, () => `unknown git ref "${ref}" (no commit by that name here)`)
    .toString("utf8")
    .trim();
}

interface Blob {
  readonly oid: string;
  /** Relative to the repository root, `/` separators. */
  readonly path: string;
}

/** Regular files under `folder` at `commit` (symlinks and submodules are skipped). */
function listBlobs(commit: string, folder: string, cwd: string): Blob[] {
  const output = git(["ls-tree", "-r", "-z", "--full-tree", commit, "--", folder === "." ? "." : folder], cwd, () => `cannot list ${folder} at ${commit}`);
  return output
    .toString("utf8")
    .split("\0")
    .filter((entry) => entry !== "")
    .flatMap((entry) => {
      const [meta = "", file = ""] = entry.split("\t");
      const [mode, type, oid = ""] = meta.split(" ");
      return type === "blob" && mode !== "120000" ? [{ oid, path: file }] : [];
    });
}

/** All blobs' bytes through one `git cat-file --batch`: `<oid> blob <size>\n<bytes>\n` each. */
function readBlobs(blobs: readonly Blob[], cwd: string): Buffer[] {
  const output = git(["cat-file", "--batch"], cwd, () => "cannot read the spec files from git", `${blobs.map((blob) => blob.oid).join("\n")}\n`);
  const contents: Buffer[] = [];
  let offset = 0;
  for (const blob of blobs) {
    const headerEnd = output.indexOf(0x0a, offset);
    const [oid, type, size] = output.subarray(offset, headerEnd).toString("utf8").split(" ");
    if (oid !== blob.oid || type !== "blob") throw new DiffInputError(`git could not read ${blob.path} (${blob.oid})`);
    const start = headerEnd + 1;
    contents.push(output.subarray(start, start + Number(size)));
    offset = start + Number(size) + 1;
  }
  return contents;
}

async function writeBlobs(dir: string, blobs: readonly Blob[], contents: readonly Buffer[]): Promise<void> {
  for (const [index, blob] of blobs.entries()) {
    const target = path.join(dir, ...blob.path.split("/"));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, contents[index] ?? Buffer.alloc(0));
  }
}

function git(args: readonly string[], cwd: string, failure: () => string, input?: string): Buffer {
  try {
    return execFileSync("git", args, { cwd, input, maxBuffer: 512 * 1024 * 1024, stdio: ["pipe", "pipe", "pipe"] });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DiffInputError(code === "ENOENT" ? "git is not installed or not on PATH" : failure());
  }
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join("/");
}

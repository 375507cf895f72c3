/**
 * Stage 4 of the pipeline: puts the files in the output folder, all or nothing.
 * The new folder is built beside the old one (same parent, so same file system),
 * then swapped in by two renames; a failure before the swap leaves the old output as
 * it was. Unchanged files are carried over as they are (hard links: same bytes, same times), so tools
 * that watch `generated/` see only real changes; when nothing changed, nothing is
 * touched at all.
 */
import { copyFile, link, mkdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "../emit/renderFiles.js";
import { compareOutput, isCurrent, type OutputDifference } from "./compareOutput.js";

export interface WriteOutputOptions {
  readonly outDir: string;
  readonly files: readonly OutputFile[];
}

export interface WriteOutputResult extends OutputDifference {
  /** Whether the folder was replaced (false when it was already current). */
  readonly written: boolean;
}

export async function writeOutput(options: WriteOutputOptions): Promise<WriteOutputResult> {
  const outDir = path.resolve(options.outDir);
  const difference = await compareOutput({ outDir, files: options.files });
  if (isCurrent(difference)) return { ...difference, written: false };
  const staging = siblingPath(outDir, "new");
  try {
    await buildStaging(staging, outDir, options.files, new Set(difference.unchanged));
    await swapIn(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { ...difference, written: true };
}

async function buildStaging(staging: string, outDir: string, files: readonly OutputFile[], unchanged: ReadonlySet<string>): Promise<void> {
  await mkdir(staging, { recursive: true });
  for (const file of files) {
    const target = path.join(staging, file.path);
    await mkdir(path.dirname(target), { recursive: true });
    if (unchanged.has(file.path)) await copyKeepingTimes(path.join(outDir, file.path), target);
    else await writeFile(target, file.text, "utf8");
  }
}

/**
 * A hard link carries the very same file over (bytes, inode, exact mtime); the old
 * folder's name for it disappears with the old folder. Where links are not allowed,
 * a copy with the times set back (to the millisecond) is the fallback.
 */
async function copyKeepingTimes(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    const times = await stat(from);
    await copyFile(from, to);
    await utimes(to, times.atime, times.mtime);
  }
}

/** Old folder aside, new folder in, old folder removed. */
async function swapIn(staging: string, outDir: string): Promise<void> {
  const previous = siblingPath(outDir, "old");
  const hadOutput = await exists(outDir);
  if (hadOutput) await rename(outDir, previous);
  try {
    await rename(staging, outDir);
  } catch (error) {
    if (hadOutput) await rename(previous, outDir);
    throw error;
  }
  if (hadOutput) await rm(previous, { recursive: true, force: true });
}

function siblingPath(outDir: string, purpose: string): string {
  return path.join(path.dirname(outDir), `.${path.basename(outDir)}.${purpose}-${process.pid}-${Date.now().toString(36)}`);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stage 4 of the pipeline: puts the files in the output folder, all or nothing, and only
 * into a folder that is the generator's (see outputPlan.ts): files it did not write are
 * carried over untouched, files it wrote and no longer produces are removed.
 * The new folder is built beside the old one (same parent, so same file system),
 * then swapped in by two renames; a failure before the swap leaves the old output as
 * it was. Unchanged files are carried over as they are (hard links: same bytes, same times), so tools
 * that watch `generated/` see only real changes; when nothing changed, nothing is
 * touched at all.
 */
import { copyFile, link, mkdir, rename, rm, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import type { OutputFile } from "../emit/renderFiles.js";
import { isCurrent, planOutput, type OutputPlan } from "./outputPlan.js";

export interface WriteOutputOptions {
  readonly outDir: string;
  /** Every file of the run, the manifest included. */
  readonly files: readonly OutputFile[];
}

export interface WriteOutputResult extends OutputPlan {
  /** Whether the folder was replaced (false when it was already current). */
  readonly written: boolean;
}

/** The folder is not the generator's to write; the message says why and what to do. Nothing was touched. */
export class OutputRefusedError extends Error {
  override readonly name = "OutputRefusedError";
}

export async function writeOutput(options: WriteOutputOptions): Promise<WriteOutputResult> {
  const outDir = path.resolve(options.outDir);
  const planned = await planOutput(outDir, options.files);
  if (!planned.ok) throw new OutputRefusedError(planned.refusal);
  const { plan } = planned;
  if (isCurrent(plan)) return { ...plan, written: false };
  const staging = siblingPath(outDir, "new");
  try {
    await buildStaging(staging, outDir, options.files, plan);
    await swapIn(staging, outDir);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return { ...plan, written: true };
}

async function buildStaging(staging: string, outDir: string, files: readonly OutputFile[], plan: OutputPlan): Promise<void> {
  await mkdir(staging, { recursive: true });
  const unchanged = new Set(plan.unchanged);
  for (const file of files) {
    const target = await prepare(staging, file.path);
    if (unchanged.has(file.path)) await copyKeepingTimes(path.join(outDir, file.path), target);
    else await writeFile(target, file.text, "utf8");
  }
  for (const kept of plan.kept) await copyKeepingTimes(path.join(outDir, kept), await prepare(staging, kept));
}

async function prepare(staging: string, file: string): Promise<string> {
  const target = path.join(staging, file);
  await mkdir(path.dirname(target), { recursive: true });
  return target;
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

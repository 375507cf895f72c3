/**
 * How the output folder differs from a fresh run: files whose bytes differ (stale),
 * files the run would write that are absent (missing), and files the run would not
 * write (extra: left over from removed operations or added by hand). The output
 * folder belongs to the generator, so every file in it counts.
 */
import path from "node:path";
import type { OutputFile } from "../emit/renderFiles.js";
import { listFiles, readIfExists } from "./outputTree.js";

export interface OutputDifference {
  readonly stale: readonly string[];
  readonly missing: readonly string[];
  readonly extra: readonly string[];
  readonly unchanged: readonly string[];
}

export interface CompareOutputOptions {
  readonly outDir: string;
  readonly files: readonly OutputFile[];
}

export async function compareOutput(options: CompareOutputOptions): Promise<OutputDifference> {
  const stale: string[] = [];
  const missing: string[] = [];
  const unchanged: string[] = [];
  for (const file of options.files) {
    const current = await readIfExists(path.join(options.outDir, file.path));
    if (current === null) missing.push(file.path);
    else if (current.equals(Buffer.from(file.text, "utf8"))) unchanged.push(file.path);
    else stale.push(file.path);
  }
  const expected = new Set(options.files.map((file) => file.path));
  const extra = (await listFiles(options.outDir)).filter((file) => !expected.has(file));
  return { stale, missing, extra, unchanged };
}

export function isCurrent(difference: OutputDifference): boolean {
  return difference.stale.length + difference.missing.length + difference.extra.length === 0;
}

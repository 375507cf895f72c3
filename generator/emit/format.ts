/**
 * Formats generated files with prettier under fixed options (never the user's config
 * files), so the bytes depend only on the spec and the generator version. Large texts
 * are formatted in pieces whose joined output is byte for byte prettier's output for
 * the whole text (see format/typeScriptPieces.ts and format/markdownPieces.ts), spread
 * over this thread and worker threads (format/formatLanes.ts).
 */
import type { Options } from "prettier";
import type { OutputFile } from "./renderFiles.js";
import { createFormatLanes, PARALLEL_THRESHOLD, type FormatJob, type FormatLanes } from "./format/formatLanes.js";
import { joinMarkdownPieces, markdownPieces } from "./format/markdownPieces.js";

export const PRETTIER_OPTIONS: Options = {
  parser: "typescript",
  printWidth: 100,
  endOfLine: "lf",
  trailingComma: "all",
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
};

export const MARKDOWN_OPTIONS: Options = {
  parser: "markdown",
  proseWrap: "preserve",
  printWidth: 100,
  endOfLine: "lf",
  trailingComma: "all",
  quoteProps: "as-needed",
};

export type { FormatLanes };

/** Lanes for a run that formats `size` characters: worker threads only when that many pay for themselves. */
export function formatLanesFor(size: number): FormatLanes {
  return createFormatLanes(size >= PARALLEL_THRESHOLD ? undefined : 0);
}

export async function formatFiles(files: readonly OutputFile[], lanes?: FormatLanes): Promise<OutputFile[]> {
  const jobs: FormatJob[] = files.map((file) => ({ text: file.text, options: { ...PRETTIER_OPTIONS, filepath: file.path } }));
  const formatted = await withLanes(lanes, (ready) => ready.formatAll(jobs));
  return files.map((file, index) => ({ path: file.path, text: formatted[index] ?? "" }));
}

export async function formatTypeScript(text: string, filepath: string): Promise<string> {
  const { format } = await import("prettier");
  return format(text, { ...PRETTIER_OPTIONS, filepath });
}

/** A Markdown document, formatted in pieces (same bytes as formatting it whole). */
export async function formatMarkdown(text: string, lanes?: FormatLanes): Promise<string> {
  const jobs = markdownPieces(text).map((piece) => ({ text: piece, options: MARKDOWN_OPTIONS }));
  return joinMarkdownPieces(await withLanes(lanes, (ready) => ready.formatAll(jobs)));
}

/** Runs `work` on the given lanes, or on this thread alone. */
async function withLanes<T>(lanes: FormatLanes | undefined, work: (lanes: FormatLanes) => Promise<T>): Promise<T> {
  if (lanes) return work(lanes);
  const own = createFormatLanes(0);
  try {
    return await work(own);
  } finally {
    await own.close();
  }
}

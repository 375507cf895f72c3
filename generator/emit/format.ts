/**
 * Formats the template-rendered TypeScript with prettier under fixed options (never the
 * user's config files), so the bytes depend only on the spec and the generator version.
 * Large texts are formatted in pieces whose joined output is byte for byte prettier's
 * output for the whole text (see format/typeScriptPieces.ts), spread over this thread and
 * worker threads (format/formatLanes.ts). What is printed deterministically already
 * (openapi-typescript's schema types, the Markdown reference) is not formatted at all.
 */
import type { Options } from "prettier";
import type { OutputFile } from "./renderFiles.js";
import { createFormatLanes, type FormatJob, type FormatLanes } from "./format/formatLanes.js";
import { formatTypeScriptInPieces, type PieceLimits } from "./format/typeScriptPieces.js";
import type { FormatCache } from "./format/formatCache.js";

export const PRETTIER_OPTIONS: Options = {
  parser: "typescript",
  printWidth: 100,
  endOfLine: "lf",
  trailingComma: "all",
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
};

export type { FormatLanes };

/** Small pieces when cached: each prettier call costs a few ms, but an edit then reformats only a few kB. */
const CACHED_PIECE_LIMITS: PieceLimits = { splitThreshold: 4_096, groupLimit: 8_192, boundaryMask: 3 };

/**
 * Without a cache, large pieces cut by size alone (a boundary hash that almost never
 * matches): prettier then never holds a whole large schema at once, which lowers peak
 * memory, and few calls keep its fixed cost per call (options, schema) small: many small
 * pieces cost noticeably more CPU than a few large ones.
 */
const UNCACHED_PIECE_LIMITS: PieceLimits = { splitThreshold: 65_536, groupLimit: 131_072, boundaryMask: 0xffff };

/**
 * Lanes for one run, created before the spec is read so that workers load prettier
 * meanwhile. None when a cache answers most jobs (watch mode, warm): then this thread
 * formats the few pieces that changed.
 */
export function formatLanesForRun(cache: FormatCache | null = null): FormatLanes {
  return cache === null ? createFormatLanes() : createFormatLanes(0, cache);
}

export async function formatFiles(files: readonly OutputFile[], lanes?: FormatLanes): Promise<OutputFile[]> {
  const jobs: FormatJob[] = files.map((file) => ({ text: file.text, options: { ...PRETTIER_OPTIONS, filepath: file.path } }));
  // Large files go in pieces: prettier's memory stays small and the pieces spread over the
  // lanes; with a cache, small pieces, so that an edit reformats only the pieces it touched.
  const formatted = await withLanes(lanes, (ready) => {
    const limits = ready.cache === null ? UNCACHED_PIECE_LIMITS : CACHED_PIECE_LIMITS;
    return Promise.all(jobs.map((job) => formatTypeScriptInPieces(job.text, async (piece) => (await ready.formatAll([{ ...job, text: piece }]))[0] ?? "", limits)));
  });
  return files.map((file, index) => ({ path: file.path, text: formatted[index] ?? "" }));
}

export async function formatTypeScript(text: string, filepath: string): Promise<string> {
  const { format } = await import("prettier");
  return format(text, { ...PRETTIER_OPTIONS, filepath });
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

/**
 * Line and column of a place in a source file, answered from an index of line starts
 * built once per file. Redocly's `getLineColLocation` counts lines from the top of the
 * file on every call, which made locating every operation of a large spec quadratic.
 * The answers here are the same as Redocly's, quirks included (see `startOf`), so problem places do not move.
 */
import type { Source } from "@redocly/openapi-core";
import { getAstNodeByPointer, getLineColLocation } from "../dependencies/redocly.js";

export interface LineCol {
  readonly line: number;
  readonly col: number;
}

/** Offsets where each line's counted characters begin, per file. */
const lineStartsBySource = new WeakMap<Source, Int32Array>();
const astParsed = new WeakSet<Source>();

type AstRoot = Parameters<typeof getAstNodeByPointer>[0];

/** Where the value (or, with `reportOnKey`, the key) at `pointer` in `source` starts. */
export function pointerLineCol(source: Source, pointer: string, reportOnKey: boolean): LineCol {
  const node = getAstNodeByPointer(astOf(source), pointer, reportOnKey);
  return startOf(source.body, lineStarts(source), node?.startPosition ?? 1, node?.endPosition ?? 1);
}

/**
 * Redocly's reading of an AST node's start position: the column is counted at the
 * character before `startPosition`, a node that is empty (`start === end`) or at
 * offset 0 reports 1:1, and a `\r` right after `\n` is skipped (not counted).
 */
export function startOf(body: string, starts: Int32Array, startPosition: number, endPosition: number): LineCol {
  const before = startPosition - 1;
  if (before < 0 || startPosition >= endPosition || isSkippedReturn(body, before)) return { line: 1, col: 1 };
  const lineIndex = lastStartAtOrBefore(starts, before);
  if (body[before] === "\n") return { line: lineIndex + 2, col: 1 };
  return { line: lineIndex + 1, col: before - (starts[lineIndex] ?? 0) + 2 };
}

/** The line starts of `body` the way Redocly counts them: after each `\n`, and after a `\r` that follows it. */
export function lineStartsOf(body: string): Int32Array {
  const starts = [0];
  for (let at = body.indexOf("\n"); at !== -1; at = body.indexOf("\n", at + 1)) {
    if (body[at + 1] === "\r") at++;
    starts.push(at + 1);
  }
  return Int32Array.from(starts);
}

/**
 * The file's YAML AST, which the Source caches once parsed. Redocly parses it with its
 * own copy of yaml-ast-parser (not a dependency of ours), so the first call has Redocly
 * locate the root once, which parses and caches it; later calls only read the cache.
 */
function astOf(source: Source): AstRoot {
  if (!astParsed.has(source)) {
    getLineColLocation({ source, pointer: "#/", reportOnKey: false });
    astParsed.add(source);
  }
  // Redocly declares the root as a scalar node, though any node kind is passed in.
  return source.getAst(() => {
    throw new Error(`no YAML AST cached for ${source.absoluteRef}`);
  }) as unknown as AstRoot;
}

function lineStarts(source: Source): Int32Array {
  let starts = lineStartsBySource.get(source);
  if (!starts) {
    starts = lineStartsOf(source.body);
    lineStartsBySource.set(source, starts);
  }
  return starts;
}

function isSkippedReturn(body: string, offset: number): boolean {
  return offset > 0 && body[offset] === "\r" && body[offset - 1] === "\n";
}

function lastStartAtOrBefore(starts: Int32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Log endpoints answer with the lines the mock produced (a hand-written `LogSource`
 * says which, for a build, a run or a container), narrowed by the query as Northflank
 * documents it: `startTime`/`endTime` (and `duration` with one of them), `buildId`,
 * `runId`, `containerName`, `textIncludes`/`textNotIncludes`, `regexIncludes`/`regexNotIncludes`, then `direction` and
 * `lineLimit`.
 */
import type { HandlerContext } from "../handlers/handlerContext.js";
import { MockHttpError } from "../http/mockHttpError.js";

export interface LogLine {
  /** Epoch milliseconds. */
  readonly ts: number;
  readonly log: string;
  readonly containerId: string;
  readonly containerName?: string;
  readonly buildId?: string;
  readonly runId?: string;
}

/** The lines produced so far for `target` (an item path) on `stream` (the last path segment: `logs`, `build-logs`). */
export type LogSource = (context: HandlerContext, request: { readonly stream: string; readonly target: string }) => readonly LogLine[];

/** Northflank answers the newest lines first unless asked otherwise. */
const DEFAULT_DIRECTION = "backward";

export function filterLogLines(lines: readonly LogLine[], query: Readonly<Record<string, unknown>>): { ts: string; log: string; containerId: string }[] {
  const [from, to] = timeWindow(query);
  const matching = lines
    .filter((line) => line.ts >= from && line.ts <= to)
    .filter((line) => sameIfAsked(query.buildId, line.buildId) && sameIfAsked(query.runId, line.runId) && sameIfAsked(query.containerName, line.containerName))
    .filter((line) => typeof query.textIncludes !== "string" || line.log.includes(query.textIncludes))
    .filter((line) => typeof query.textNotIncludes !== "string" || !line.log.includes(query.textNotIncludes))
    .filter(regexFilter(query.regexIncludes, true))
    .filter(regexFilter(query.regexNotIncludes, false))
    .sort((a, b) => a.ts - b.ts);
  const ordered = (query.direction ?? DEFAULT_DIRECTION) === "backward" ? matching.reverse() : matching;
  const limited = typeof query.lineLimit === "number" ? ordered.slice(0, Math.max(0, query.lineLimit)) : ordered;
  return limited.map((line) => ({ ts: new Date(line.ts).toISOString(), log: line.log, containerId: line.containerId }));
}

/** Keeps the lines that match (or, with `wanted` false, do not match) the pattern, when one was asked for. */
function regexFilter(pattern: unknown, wanted: boolean): (line: LogLine) => boolean {
  if (typeof pattern !== "string") return () => true;
  let regex: RegExp;
  try {
    regex = new RegExp(pattern);
  } catch {
    throw new MockHttpError(400, `The regular expression ${JSON.stringify(pattern)} is not valid`, "validation-error");
  }
  return (line) => regex.test(line.log) === wanted;
}

function sameIfAsked(asked: unknown, actual: string | undefined): boolean {
  return typeof asked !== "string" || asked === actual;
}

/** `[from, to]` in epoch ms; `duration` (seconds) extends from whichever end was given. */
function timeWindow(query: Readonly<Record<string, unknown>>): [number, number] {
  const start = timeOf(query.startTime);
  const end = timeOf(query.endTime);
  const span = typeof query.duration === "number" ? query.duration * 1000 : null;
  if (span !== null && start !== null && end === null) return [start, start + span];
  if (span !== null && end !== null && start === null) return [end - span, end];
  return [start ?? -Infinity, end ?? Infinity];
}

function timeOf(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

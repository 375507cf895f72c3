/**
 * A live log tail as an async iterable. Each connection authenticates, then yields the
 * lines of every `log-lines` batch in order. Breaking out of the loop, or aborting the
 * signal, closes the socket. A connection that drops (any close but a clean one from the
 * server) is replaced after a pause that doubles each time, resuming from the last line
 * delivered (LogCursor); after `maxAttempts` consecutive failures the tail throws a
 * NorthflankStreamError with reason "dropped". A clean close from the server ends the tail.
 */
import { NorthflankStreamError } from "./errors.js";
import { logTailUrl, tailSearch, type Entity, type StreamPath, type TailQuery } from "./endpoints.js";
import { LogCursor } from "./logCursor.js";
import { toLogLine, type LogLine } from "./logLine.js";
import { authMessage } from "./protocol.js";
import { closedError, openSession, streamError, type StreamContext } from "./session.js";
import type { MessageSocket } from "./socket.js";

/** A resumed tail asks for this many lines since the last one it delivered. */
export const RESUME_LINE_LIMIT = 1000;

const NORMAL_CLOSURE = 1000;

export interface TailTarget {
  /** The public method's name, for messages. */
  readonly caller: string;
  readonly entity: Entity;
  readonly stream: "logs" | "build-logs";
}

export interface TailArgs<Path extends StreamPath = StreamPath, Query extends TailQuery = TailQuery> {
  path: Path;
  query?: Query;
  /** Closes the tail; the loop throws the signal's reason. */
  signal?: AbortSignal;
}

/** The query a resumed connection sends: the caller's filters, from the last line on. */
function resumeQuery(query: TailQuery | undefined, from: Date): TailQuery {
  return { ...query, startTime: from, lineLimit: RESUME_LINE_LIMIT } as TailQuery;
}

/** Why one connection ended: the server finished, or the connection dropped. */
type ConnectionEnd = { readonly ended: true } | { readonly ended: false; readonly error: NorthflankStreamError };

/** `cursor` lets a caller that reads the same log another way (a waiter's final read) share what was delivered. */
export function tailLogs(context: StreamContext, target: TailTarget, args: TailArgs, cursor = new LogCursor()): AsyncIterable<LogLine> {
  // Checked now, so a bad argument throws at the call rather than at the first iteration.
  tailSearch(target.caller, args.query);
  logTailUrl(target.caller, context.baseUrl, target.entity, target.stream, args.path, new URLSearchParams());
  return { [Symbol.asyncIterator]: () => tailGenerator(context, target, args, cursor) };
}

async function* tailGenerator(context: StreamContext, target: TailTarget, args: TailArgs, cursor: LogCursor): AsyncGenerator<LogLine, void, undefined> {
  const { signal } = args;
  let failures = 0;
  for (;;) {
    const from = cursor.resumeFrom;
    const search = tailSearch(target.caller, from === null ? args.query : resumeQuery(args.query, from));
    const url = logTailUrl(target.caller, context.baseUrl, target.entity, target.stream, args.path, search);
    let end: ConnectionEnd;
    try {
      const { socket } = await openSession(context, "logs", url, authMessage(context.token), signal);
      failures = 0;
      if (from !== null) cursor.beginResume();
      end = yield* linesOf(context, socket, cursor, signal);
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      if (!isDrop(error)) throw error;
      end = { ended: false, error };
    }
    if (end.ended) return;
    failures += 1;
    if (failures > context.reconnect.maxAttempts) throw gaveUp(context, end.error, failures);
    await context.clock.sleep(backoff(context, failures), signal);
  }
}

/** Yields one connection's lines until it ends; the socket is closed however the loop leaves. */
async function* linesOf(context: StreamContext, socket: MessageSocket, cursor: LogCursor, signal: AbortSignal | undefined): AsyncGenerator<LogLine, ConnectionEnd, undefined> {
  const onAbort = (): void => socket.close();
  signal?.addEventListener("abort", onAbort, { once: true });
  try {
    for (;;) {
      const event = await socket.next();
      if (event.type === "closed") {
        if (signal?.aborted) throw signal.reason;
        if (socket.protocolError !== null) throw context.redactor.error(socket.protocolError);
        if (event.code === NORMAL_CLOSURE && !event.byClient) return { ended: true };
        return { ended: false, error: closedError(context, "logs", event, "during the tail") };
      }
      if (event.type === "error") throw streamError(context, "logs", "server", `the server reported: ${event.data.message ?? "an error"}`);
      if (event.type !== "log-lines") throw streamError(context, "logs", "protocol", `the server sent "${event.type}" during a log tail`);
      for (const wire of event.data) {
        const line = toLogLine(wire);
        if (cursor.accept(line)) yield line;
      }
    }
  } finally {
    signal?.removeEventListener("abort", onAbort);
    socket.close();
  }
}

function isDrop(error: unknown): error is NorthflankStreamError {
  return error instanceof NorthflankStreamError && (error.reason === "dropped" || error.reason === "timeout");
}

function backoff(context: StreamContext, failures: number): number {
  const { baseDelayMs, maxDelayMs } = context.reconnect;
  return Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - 1));
}

function gaveUp(context: StreamContext, last: NorthflankStreamError, attempts: number): NorthflankStreamError {
  const detail = `gave up after ${attempts} failed connection${attempts === 1 ? "" : "s"}; the last: ${last.message}`;
  return streamError(context, "logs", "dropped", detail, { attempts, ...(last.closeCode === undefined ? {} : { closeCode: last.closeCode }) });
}

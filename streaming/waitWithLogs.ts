/**
 * A waiter that streams the log of what it waits for. While the REST waiter polls, a log
 * tail hands each line to `onLog`. Once the waiter settles (done or failed), the tail is
 * closed and one ranged read of the same log delivers the lines the tail had not yet
 * passed on (a build's last line is written as its status changes), through the same
 * LogCursor, so no line is given twice or missed. Log trouble never changes the wait's
 * outcome: it goes to `onLogError`.
 */
import type { LogCursor } from "./logCursor.js";
import { toLogLine, type LogLine } from "./logLine.js";
import type { WireLogLine } from "./protocol.js";

export interface LogStreamingOptions {
  /** Called with each line of the build's or run's log while the waiter polls, in order. */
  onLog?(line: LogLine): void;
  /** Called if streaming the log failed; the wait goes on regardless. @default ignore */
  onLogError?(error: unknown): void;
}

export interface LogFollower {
  /** The tail, sharing `cursor`, closed by `signal`. */
  tail(cursor: LogCursor, signal: AbortSignal): AsyncIterable<LogLine>;
  /** Lines from `from` on (all when null), oldest first. */
  readSince(from: Date | null): Promise<readonly WireLogLine[]>;
  newCursor(): LogCursor;
}

export async function waitWithLogs<R>(wait: () => Promise<R>, follower: LogFollower, options: LogStreamingOptions): Promise<R> {
  const { onLog, onLogError } = options;
  if (onLog === undefined) return wait();
  const cursor = follower.newCursor();
  const stop = new AbortController();
  const pump = (async () => {
    for await (const line of follower.tail(cursor, stop.signal)) onLog(line);
  })().catch((error: unknown) => {
    if (!stop.signal.aborted) onLogError?.(error);
  });
  try {
    return await wait();
  } finally {
    stop.abort();
    await pump;
    await catchUp(follower, cursor, onLog).catch((error: unknown) => onLogError?.(error));
  }
}

async function catchUp(follower: LogFollower, cursor: LogCursor, onLog: (line: LogLine) => void): Promise<void> {
  const from = cursor.resumeFrom;
  const rest = await follower.readSince(from);
  cursor.beginResume();
  for (const wire of rest) {
    const line = toLogLine(wire);
    if (cursor.accept(line)) onLog(line);
  }
}

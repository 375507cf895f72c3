/** A log line as the streaming client hands it out. */
import type { WireLogLine } from "./protocol.js";

export interface LogLine {
  /** The container that wrote the line. */
  readonly containerId: string;
  /** The line as the container wrote it: a string in practice (the API does not fix its type). */
  readonly log: unknown;
  readonly ts: Date;
}

export function toLogLine(wire: WireLogLine): LogLine {
  return { containerId: wire.containerId, log: wire.log, ts: new Date(wire.ts) };
}

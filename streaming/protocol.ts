/**
 * The messages of Northflank's two WebSocket endpoints, log tailing and command execution,
 * as the official client speaks them (docs/streaming-protocol.md). Every frame is one JSON
 * text message `{ type, data }`. The token travels in the first message the client sends,
 * never in the URL, so it stays out of proxy and server access logs.
 */
import { NorthflankStreamError, type StreamKind } from "./errors.js";

/** A log line as it travels: `ts` is an ISO 8601 string. */
export interface WireLogLine {
  readonly containerId: string;
  readonly log: unknown;
  readonly ts: string;
}

/** How a command ended, as the server reports it. */
export interface CommandCompletion {
  readonly exitCode: number;
  readonly status: "Success" | "Failure" | "Unknown";
  readonly message?: string;
}

/** Where a command runs, as the server reports once it accepted the session. */
export interface CommandContext {
  readonly instanceName?: string;
  readonly containerName?: string;
}

export type ServerMessage =
  | { readonly type: "init"; readonly data: { readonly auth: string; readonly message?: string; readonly context?: CommandContext } }
  | { readonly type: "log-lines"; readonly data: readonly WireLogLine[] }
  | { readonly type: "stdOut" | "stdErr"; readonly data: string }
  | { readonly type: "completion"; readonly data: CommandCompletion }
  | { readonly type: "error"; readonly data: { readonly message?: string } };

/** What a command session asks the server for, besides the token. */
export interface ExecContext {
  readonly command?: string | readonly string[];
  readonly shell?: string;
  readonly user?: string | number;
  readonly group?: string | number;
  readonly instanceName?: string;
  readonly containerName?: string;
  readonly encoding?: string;
  readonly tty?: boolean;
  readonly ttyRows?: number;
  readonly ttyColumns?: number;
}

/** The first message of every session: the token, and for a command what to run. */
export function authMessage(token: string, context?: ExecContext): string {
  const data = { auth: { type: "apiToken", apiToken: token }, ...(context === undefined ? {} : { context }) };
  return JSON.stringify({ type: "init", data });
}

/** Standard input for the running command. */
export function stdinMessage(chunk: string): string {
  return JSON.stringify({ type: "payload", data: chunk });
}

export const STDIN_END_MESSAGE = JSON.stringify({ type: "stdInEnd" });

export function resizeMessage(rows: number, columns: number): string {
  return JSON.stringify({ type: "resize", data: { ttyRows: rows, ttyColumns: columns } });
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

function isWireLogLine(value: unknown): value is WireLogLine {
  return isObject(value) && typeof value.containerId === "string" && typeof value.ts === "string" && "log" in value;
}

function isCompletion(value: unknown): value is CommandCompletion {
  return isObject(value) && typeof value.exitCode === "number" && typeof value.status === "string";
}

/** Checks the shape each type promises, so a malformed frame is one clear error rather than a crash later. */
function wellFormed(type: unknown, data: unknown): boolean {
  switch (type) {
    case "init":
      return isObject(data) && typeof data.auth === "string";
    case "log-lines":
      return Array.isArray(data) && data.every(isWireLogLine);
    case "stdOut":
    case "stdErr":
      return typeof data === "string";
    case "completion":
      return isCompletion(data);
    case "error":
      return data === undefined || isObject(data);
    default:
      return false;
  }
}

/** One frame from the server; anything that is not a known, well-formed message is a protocol error. */
export function parseServerMessage(text: string, stream: StreamKind): ServerMessage {
  let message: unknown;
  try {
    message = JSON.parse(text);
  } catch {
    throw protocolError(stream, "a frame that is not JSON");
  }
  if (!isObject(message) || !wellFormed(message.type, message.data)) {
    const type = isObject(message) && typeof message.type === "string" ? `"${message.type.slice(0, 40)}"` : "no type";
    throw protocolError(stream, `an unexpected message (${type})`);
  }
  return (message.type === "error" && message.data === undefined ? { type: "error", data: {} } : message) as unknown as ServerMessage;
}

function protocolError(stream: StreamKind, what: string): NorthflankStreamError {
  return new NorthflankStreamError(`${stream === "logs" ? "log tail" : "command"}: the server sent ${what}`, { stream, reason: "protocol" });
}

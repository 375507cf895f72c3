/**
 * Opening a streaming session: connect, send the token in the first message, and wait for
 * the server to accept. What every stream needs to know about the client (where, who,
 * which WebSocket, how long to wait) is a StreamContext, made once per client.
 */
import type { Clock } from "../runtime/options.js";
import type { Redactor } from "../runtime/redaction.js";
import { NorthflankStreamError, type StreamKind } from "./errors.js";
import type { CommandContext } from "./protocol.js";
import { MessageSocket, type SocketClosed, type WebSocketConstructor } from "./socket.js";
import { webSocketImpl } from "./webSocketImpl.js";

/** How a dropped log tail reconnects. */
export interface ReconnectOptions {
  /** Consecutive failed connections before the tail gives up; 0 never reconnects. @default 5 */
  maxAttempts?: number;
  /** The first pause before reconnecting; it doubles with each failure. @default 500 */
  baseDelayMs?: number;
  /** The longest pause. @default 10000 */
  maxDelayMs?: number;
}

export interface StreamContext {
  readonly baseUrl: string;
  readonly token: string;
  readonly redactor: Redactor;
  readonly clock: Clock;
  readonly WebSocket: WebSocketConstructor | undefined;
  /** How long connecting and the server's answer to the first message may take. */
  readonly connectTimeoutMs: number;
  readonly reconnect: Required<ReconnectOptions>;
}

export interface OpenedSession {
  readonly socket: MessageSocket;
  /** Where a command runs (command sessions only). */
  readonly context: CommandContext;
}

export function describeStream(stream: StreamKind): string {
  return stream === "logs" ? "log tail" : "command";
}

export function streamError(context: StreamContext, stream: StreamKind, reason: NorthflankStreamError["reason"], detail: string, extra?: object): NorthflankStreamError {
  return context.redactor.error(new NorthflankStreamError(`${describeStream(stream)}: ${detail}`, { stream, reason, ...extra }));
}

/** The close as an error: a clean close before the session began is still a failure to start. */
export function closedError(context: StreamContext, stream: StreamKind, closed: SocketClosed, when: string): NorthflankStreamError {
  const reason = closed.reason === "" ? "" : `: ${closed.reason}`;
  return streamError(context, stream, "dropped", `the connection closed ${when} (code ${closed.code}${reason})`, { closeCode: closed.code });
}

/** Resolves with the first event, or rejects once `ms` pass without one. */
function withinTime<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Connects to `url`, authenticates with `initMessage`, and returns the accepted session. */
export async function openSession(context: StreamContext, stream: StreamKind, url: string, initMessage: string, signal: AbortSignal | undefined): Promise<OpenedSession> {
  const Impl = await webSocketImpl(context.WebSocket);
  const socket = await MessageSocket.open(url, Impl, stream, context.connectTimeoutMs, signal).catch((error: unknown) => {
    throw context.redactor.error(error);
  });
  try {
    socket.send(initMessage);
    const noAnswer = () => streamError(context, stream, "timeout", `the server did not accept the session within ${context.connectTimeoutMs} ms`);
    const first = await withinTime(socket.next(), context.connectTimeoutMs, noAnswer);
    if (first.type === "closed") throw socket.protocolError ?? closedError(context, stream, first, "before the session began");
    if (first.type === "error") throw streamError(context, stream, "rejected", `the server refused the session: ${first.data.message ?? "no reason given"}`);
    if (first.type !== "init") throw streamError(context, stream, "protocol", `the server sent "${first.type}" before accepting the session`);
    if (first.data.auth !== "successful") {
      throw streamError(context, stream, "rejected", `the server refused the session: ${first.data.message ?? first.data.auth}`);
    }
    return { socket, context: first.data.context ?? {} };
  } catch (error) {
    socket.close();
    throw context.redactor.error(error);
  }
}

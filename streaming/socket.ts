/**
 * One WebSocket connection as a queue of parsed server messages: `next()` resolves with the
 * next message, or with how the connection closed. Written against the standard WebSocket
 * interface, which both the platform's global WebSocket and the `ws` package implement.
 */
import { NorthflankStreamError, type StreamKind } from "./errors.js";
import { parseServerMessage, type ServerMessage } from "./protocol.js";

/** The part of the standard WebSocket this client uses. */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  // `any`: the DOM's and ws's event types differ; this file reads only `data`, `code` and `reason`.
  addEventListener(type: "open" | "message" | "close" | "error", listener: (event: any) => void): void;
}

export type WebSocketConstructor = new (url: string) => WebSocketLike;

/** How a connection ended: `byClient` when this side closed it. */
export interface SocketClosed {
  readonly type: "closed";
  readonly code: number;
  readonly reason: string;
  readonly byClient: boolean;
}

export type SocketEvent = ServerMessage | SocketClosed;

const OPEN = 1;
const NORMAL_CLOSURE = 1000;
/** No close frame arrived: the network or the server went away. */
export const ABNORMAL_CLOSURE = 1006;

export class MessageSocket {
  private readonly events: SocketEvent[] = [];
  private readonly waiting: ((event: SocketEvent) => void)[] = [];
  private closed: SocketClosed | null = null;
  private closingByClient = false;

  private constructor(
    private readonly socket: WebSocketLike,
    private readonly stream: StreamKind,
  ) {
    socket.addEventListener("message", (event: { data: unknown }) => this.receive(event.data));
    socket.addEventListener("close", (event: { code?: number; reason?: string }) => this.finish(event.code ?? ABNORMAL_CLOSURE, event.reason ?? ""));
  }

  /** Connects; rejects with a `timeout` error after `timeoutMs`, or with the signal's reason. */
  static open(url: string, Impl: WebSocketConstructor, stream: StreamKind, timeoutMs: number, signal?: AbortSignal): Promise<MessageSocket> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const socket = new Impl(url);
      const connection = new MessageSocket(socket, stream);
      const settle = (outcome: () => void): void => {
        clearTimeout(timer);
        signal?.removeEventListener("abort", onAbort);
        outcome();
      };
      const onAbort = (): void => settle(() => (connection.close(), reject(signal!.reason)));
      const timer = setTimeout(() => settle(() => (connection.close(), reject(connectError(stream, "timeout", `no connection within ${timeoutMs} ms`)))), timeoutMs);
      signal?.addEventListener("abort", onAbort, { once: true });
      socket.addEventListener("open", () => settle(() => resolve(connection)));
      // A failed handshake fires "error" then "close"; "close" carries the code, so it decides.
      socket.addEventListener("close", (event: { code?: number }) =>
        settle(() => reject(connectError(stream, "dropped", `could not connect (close code ${event.code ?? ABNORMAL_CLOSURE})`, event.code))),
      );
      socket.addEventListener("error", () => undefined);
    });
  }

  send(text: string): void {
    if (this.socket.readyState === OPEN) this.socket.send(text);
  }

  /** The next message, or the close once every message before it was read. */
  next(): Promise<SocketEvent> {
    const event = this.events.shift() ?? this.closedIfDrained();
    if (event !== null) return Promise.resolve(event);
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  close(code = NORMAL_CLOSURE): void {
    if (this.closed !== null) return;
    this.closingByClient = true;
    try {
      this.socket.close(code);
    } catch {
      // Closing a socket that is still connecting throws in some implementations; it is gone either way.
    }
    this.finish(code, "closed by the client");
  }

  private closedIfDrained(): SocketClosed | null {
    return this.events.length === 0 ? this.closed : null;
  }

  private receive(data: unknown): void {
    if (this.closed !== null) return;
    let event: SocketEvent;
    try {
      event = parseServerMessage(typeof data === "string" ? data : String(data), this.stream);
    } catch (error) {
      // The queue carries messages only; a bad frame ends the session with a protocol close.
      this.protocolError = error as NorthflankStreamError;
      this.close(1002);
      return;
    }
    this.deliver(event);
  }

  /** Set when the server sent a frame that could not be understood. */
  protocolError: NorthflankStreamError | null = null;

  private finish(code: number, reason: string): void {
    if (this.closed !== null) return;
    this.closed = { type: "closed", code, reason, byClient: this.closingByClient };
    if (this.events.length === 0) this.flush(this.closed);
  }

  private deliver(event: SocketEvent): void {
    const waiter = this.waiting.shift();
    if (waiter !== undefined) waiter(event);
    else this.events.push(event);
  }

  /** Every pending `next()` learns of the close. */
  private flush(closed: SocketClosed): void {
    for (const waiter of this.waiting.splice(0)) waiter(closed);
  }
}

function connectError(stream: StreamKind, reason: "timeout" | "dropped", detail: string, closeCode?: number): NorthflankStreamError {
  const what = stream === "logs" ? "log tail" : "command";
  return new NorthflankStreamError(`${what}: ${detail}`, { stream, reason, ...(closeCode === undefined ? {} : { closeCode }) });
}

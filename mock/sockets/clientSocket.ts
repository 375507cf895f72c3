/**
 * The mock's side of one streaming connection: JSON messages `{ type, data }` in both
 * directions, the client's first message read as its `init` (the token, and for a command
 * what to run), and refusals sent the way Northflank's endpoints send them.
 */
import type { WebSocket } from "ws";
import type { MockApp } from "../createRequestListener.js";

/** How long a connection may stay silent before sending its `init`. */
const INIT_TIMEOUT_MS = 10_000;
/** The close code for a refused session (policy violation). */
export const REFUSED = 1008;

export interface InitMessage {
  readonly token: string;
  readonly context: Readonly<Record<string, unknown>>;
}

export function send(socket: WebSocket, type: string, data: unknown): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify({ type, data }));
}

/** Refuses the session: an `init` that says why, then a close. */
export function refuse(socket: WebSocket, message: string): void {
  send(socket, "init", { auth: "failed", message });
  socket.close(REFUSED, "refused");
}

/** Sends an `error` and closes: a failure after the session began. */
export function fail(socket: WebSocket, message: string): void {
  send(socket, "error", { message });
  socket.close(1011, "error");
}

function parse(data: unknown): Record<string, unknown> | null {
  try {
    const message = JSON.parse(String(data)) as unknown;
    return typeof message === "object" && message !== null && !Array.isArray(message) ? (message as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The client's messages after `init`, parsed; malformed ones are dropped. */
export function onMessage(socket: WebSocket, listener: (message: Record<string, unknown>) => void): void {
  socket.on("message", (data) => {
    const message = parse(data);
    if (message !== null) listener(message);
  });
}

/**
 * Resolves with the client's `init` once its token is accepted (the same rules as the
 * bearer token of REST calls, and one request of the rate limit); otherwise refuses the
 * session and resolves with null.
 */
export function awaitInit(app: MockApp, socket: WebSocket): Promise<InitMessage | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      refuse(socket, "no init message was sent");
      resolve(null);
    }, INIT_TIMEOUT_MS);
    socket.once("close", () => {
      clearTimeout(timer);
      resolve(null);
    });
    socket.once("message", (data) => {
      clearTimeout(timer);
      resolve(checkInit(app, socket, parse(data)));
    });
  });
}

function checkInit(app: MockApp, socket: WebSocket, message: Record<string, unknown> | null): InitMessage | null {
  const data = message?.type === "init" ? (message.data as Record<string, unknown> | undefined) : undefined;
  const auth = data?.auth as { type?: unknown; apiToken?: unknown } | undefined;
  const token = auth?.type === "apiToken" && typeof auth.apiToken === "string" ? auth.apiToken.trim() : "";
  if (token === "") return (refuse(socket, "the first message must be an init with an apiToken"), null);
  if (app.security.token !== null && token !== app.security.token) return (refuse(socket, "Unauthorized: the API token is not valid"), null);
  if (!app.rateLimiter.take(token).allowed) return (refuse(socket, "Too many requests: the rate limit's budget is spent"), null);
  const context = data?.context;
  return { token, context: typeof context === "object" && context !== null ? (context as Record<string, unknown>) : {} };
}

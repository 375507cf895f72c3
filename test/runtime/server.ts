/**
 * A real HTTP server on 127.0.0.1 for runtime tests: each test sets `handle`, and every request
 * is recorded (method, raw URL, headers, body) so tests can assert on what went over the wire.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Clock } from "../../runtime/index.js";

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: http.IncomingHttpHeaders;
  readonly body: string;
  /** The body's bytes as sent (`body` is their UTF-8 reading). */
  readonly bytes: Buffer;
}

export type Handler = (request: RecordedRequest, response: http.ServerResponse, index: number) => void;

export interface TestServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  handle: Handler;
  reset(handler: Handler): void;
  close(): Promise<void>;
}

export async function startServer(): Promise<TestServer> {
  const requests: RecordedRequest[] = [];
  const state: { handle: Handler } = { handle: (_request, response) => json(response, 500, { error: { message: "no handler" } }) };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const bytes = Buffer.concat(chunks);
      const recorded = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: bytes.toString(), bytes };
      requests.push(recorded);
      state.handle(recorded, res, requests.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    get handle() {
      return state.handle;
    },
    set handle(handler: Handler) {
      state.handle = handler;
    },
    reset(handler) {
      requests.length = 0;
      state.handle = handler;
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

/** Northflank-style rate-limit headers. */
export function rateLimitHeaders(limit: number, remaining: number, resetSeconds: number): Record<string, string> {
  return { "x-ratelimit-limit": String(limit), "x-ratelimit-remaining": String(remaining), "x-ratelimit-reset": String(resetSeconds) };
}

export function json(response: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  response.end(text);
}

/** A port nothing listens on: bound, then released. */
export async function closedPort(): Promise<number> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** A clock whose sleeps return at once (after honouring an abort) and advance its time; `sleeps` lists each. */
export function fakeClock(start = 1_700_000_000_000): Clock & { sleeps: number[]; time: number } {
  const clock = {
    time: start,
    sleeps: [] as number[],
    now: () => clock.time,
    sleep: async (ms: number, signal?: AbortSignal) => {
      signal?.throwIfAborted();
      clock.sleeps.push(ms);
      clock.time += ms;
    },
  };
  return clock;
}

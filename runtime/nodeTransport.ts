/**
 * A `fetch` for Node built on node:http and node:https with keep-alive agents, for the
 * client's `fetch` option: `createNorthflankClient({ fetch: createNodeTransport() })`.
 * Node's global fetch spends most of a small call's CPU on WHATWG streams and objects;
 * this one sends through node:http and reads a small body into one buffer. A body past
 * `BUFFER_LIMIT` is handed on as a stream instead, so the client's maxResponseBytes cap
 * still applies to it. Not exported from index.ts: it imports node:http, which browser
 * bundles cannot resolve; import it from `runtime/nodeTransport.js`.
 */
import http from "node:http";
import https from "node:https";
import { Readable } from "node:stream";

export interface NodeTransportOptions {
  /** Connections kept per origin. @default 50 */
  maxSockets?: number;
}

/** Bodies up to this size are read into one buffer; larger ones are streamed. */
const BUFFER_LIMIT = 1 << 20;

type Fetch = typeof globalThis.fetch;

export function createNodeTransport(options: NodeTransportOptions = {}): Fetch {
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 50 };
  const agents = { "http:": new http.Agent(agentOptions), "https:": new https.Agent(agentOptions) };
  return async (input, init) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const signal = init?.signal ?? request.signal;
    signal?.throwIfAborted();
    const url = new URL(request.url);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new TypeError(`createNodeTransport: cannot send to ${url.protocol} URLs`);
    const body = request.body === null ? null : Buffer.from(await request.arrayBuffer());
    return send(url, request, body, url.protocol === "https:" ? agents["https:"] : agents["http:"], signal ?? undefined);
  };
}

function headersOf(request: Request, body: Buffer | null): Record<string, string> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (body !== null) headers["content-length"] = String(body.length);
  return headers;
}

function send(url: URL, request: Request, body: Buffer | null, agent: http.Agent, signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((resolve, reject) => {
    const transport = url.protocol === "https:" ? https : http;
    const outgoing = transport.request(url, { method: request.method, headers: headersOf(request, body), agent });
    const onAbort = (): void => void outgoing.destroy(signal!.reason as Error);
    signal?.addEventListener("abort", onAbort, { once: true });
    const done = (): void => signal?.removeEventListener("abort", onAbort);
    outgoing.once("error", (error) => (done(), reject(error)));
    outgoing.once("response", (incoming) => {
      readResponse(incoming, request).then(
        (response) => resolve(response),
        (error: unknown) => reject(error),
      );
      incoming.once("end", done);
      incoming.once("close", done);
    });
    outgoing.end(body ?? undefined);
  });
}

function responseHeaders(incoming: http.IncomingMessage): Headers {
  const headers = new Headers();
  const raw = incoming.rawHeaders;
  for (let i = 0; i < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  return headers;
}

/** The answer as a Response: its body buffered when small, streamed once it passes BUFFER_LIMIT. */
function readResponse(incoming: http.IncomingMessage, request: Request): Promise<Response> {
  const status = incoming.statusCode ?? 0;
  const make = (body: BodyInit | null): Response => {
    const response = new Response(body, { status, statusText: incoming.statusMessage ?? "", headers: responseHeaders(incoming) });
    Object.defineProperty(response, "url", { value: request.url });
    return response;
  };
  // A null-body status cannot carry a body; what came is drained.
  if (status === 204 || status === 205 || status === 304 || request.method === "HEAD") {
    incoming.resume();
    return Promise.resolve(make(null));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      chunks.push(chunk);
      size += chunk.length;
      if (size <= BUFFER_LIMIT) return;
      incoming.off("data", onData);
      incoming.off("end", onEnd);
      incoming.pause();
      resolve(make(Readable.toWeb(Readable.from(continued(chunks, incoming))) as ReadableStream<Uint8Array>));
    };
    const onEnd = (): void => resolve(make(new Uint8Array(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks))));
    incoming.on("data", onData);
    incoming.once("end", onEnd);
    incoming.once("error", reject);
  });
}

async function* continued(read: readonly Buffer[], rest: http.IncomingMessage): AsyncGenerator<Buffer> {
  yield* read;
  for await (const chunk of rest) yield chunk as Buffer;
}

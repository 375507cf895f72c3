/**
 * The mock's WebSocket endpoints, served on the same port as its REST API: log tails on
 * the log endpoints' own paths (`…/logs`, `…/build-logs`) and commands on
 * `/v1/command-exec/…`, speaking Northflank's streaming protocol. Any other upgrade is
 * answered 404 and closed.
 */
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { readQuery, type MockApp } from "../createRequestListener.js";
import { execTarget, serveExec } from "./execSession.js";
import { serveTail } from "./tailSession.js";

export interface StreamingEndpoints {
  /** The `upgrade` listener of the mock's HTTP server. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void;
  /** Cuts every open stream without a close frame, as a failing network would (tests of reconnects use it). */
  dropAll(): void;
  /** Closes every open stream cleanly. */
  closeAll(): void;
}

export interface StreamingOptions {
  /** How often a log tail looks for new lines. */
  readonly tailPollMs: number;
}

const LOG_STREAM = /\/(logs|build-logs)$/;

function reject(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export function createStreamingEndpoints(app: MockApp, options: StreamingOptions): StreamingEndpoints {
  const server = new WebSocketServer({ noServer: true });
  const open = new Set<WebSocket>();
  const accept = (request: IncomingMessage, socket: Duplex, head: Buffer, serve: (client: WebSocket) => Promise<void>): void => {
    server.handleUpgrade(request, socket, head, (client) => {
      open.add(client);
      client.once("close", () => open.delete(client));
      client.on("error", () => client.terminate());
      serve(client).catch((error: unknown) => client.close(1011, String((error as Error)?.message ?? error).slice(0, 120)));
    });
  };
  return {
    handleUpgrade(request, socket, head) {
      const url = request.url ?? "/";
      const queryStart = url.indexOf("?");
      const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
      const exec = execTarget(pathname);
      if (exec !== null) return accept(request, socket, head, (client) => serveExec(app, client, exec));
      const match = LOG_STREAM.test(pathname) ? app.routes.match("GET", pathname) : null;
      if (match === null || match.kind !== "found") return reject(socket, "404 Not Found");
      const tail = { target: match.target, path: match.params, query: readQuery(queryStart === -1 ? "" : url.slice(queryStart + 1)) };
      accept(request, socket, head, (client) => serveTail(app, client, tail, options.tailPollMs));
    },
    dropAll() {
      for (const client of open) client.terminate();
    },
    closeAll() {
      for (const client of open) client.close(1001, "the mock is shutting down");
    },
  };
}

/**
 * A stand-in for the Northflank API on 127.0.0.1 that records every request: creating a
 * project answers with a fixed project, anything else with Northflank's 404 error body.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly authorization: string | null;
  readonly body: unknown;
}

export interface RecordingServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

export const CREATED_PROJECT = {
  id: "packed-project",
  name: "Packed project",
  region: "europe-west",
  createdAt: "2025-01-01T00:00:00.000Z",
} as const;

export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    void readBody(request).then((body) => {
      requests.push({ method: request.method ?? "", url: request.url ?? "", authorization: request.headers.authorization ?? null, body });
      answer(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function answer(request: IncomingMessage, response: ServerResponse): void {
  if (request.method === "POST" && request.url === "/v1/projects") {
    sendJson(response, 200, { data: CREATED_PROJECT });
  } else {
    sendJson(response, 404, { error: { status: 404, message: "Project not found", id: "not-found" } });
  }
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    "content-type": "application/json",
    "x-ratelimit-limit": "1000",
    "x-ratelimit-remaining": "999",
    "x-ratelimit-reset": "3600",
  });
  response.end(JSON.stringify(body));
}

/** The parsed JSON body, or null when there is none. */
async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  return text === "" ? null : (JSON.parse(text) as unknown);
}

import type { ServerResponse } from "node:http";

/** Writes one JSON response with the given headers (rate-limit headers included by the caller). */
export function sendJson(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, body: unknown): void {
  sendJsonText(response, status, headers, JSON.stringify(body));
}

/** The same, for a body already encoded (so encoding can fail before anything is sent). */
export function sendJsonText(response: ServerResponse, status: number, headers: Readonly<Record<string, string>>, text: string): void {
  response.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": String(Buffer.byteLength(text)),
  });
  response.end(text);
}

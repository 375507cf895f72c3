/** Small HTTP helpers for the bench's own requests to local servers (127.0.0.1 only). */
import { request } from "node:http";
import { createServer } from "node:net";

export interface HttpAnswer {
  readonly status: number;
  readonly body: string;
}

/** One request without keep-alive; rejects on connection errors and after `timeoutMs`. */
export function httpRequest(port: number, method: string, path: string, body: unknown = null, timeoutMs = 2_000): Promise<HttpAnswer> {
  const payload = body === null ? null : JSON.stringify(body);
  const headers: Record<string, string> = { authorization: "Bearer bench-token", accept: "application/json" };
  if (payload !== null) Object.assign(headers, { "content-type": "application/json", "content-length": String(Buffer.byteLength(payload)) });
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, method, path, headers, agent: false, timeout: timeoutMs }, (response) => {
      let text = "";
      response.on("data", (chunk: Buffer) => (text += chunk.toString()));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: text }));
      response.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on("error", reject);
    req.end(payload ?? undefined);
  });
}

/** A port that was free a moment ago (the OS picks it; the tiny race is acceptable here). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

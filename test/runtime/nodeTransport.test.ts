/**
 * The node:http transport behind the runtime, over 127.0.0.1: what goes over the wire
 * (method, path, headers, token, bodies) and what comes back (status, headers, JSON, text,
 * no-body statuses, a body past the buffer limit still capped by maxResponseBytes),
 * connections kept alive, redirects not followed, failures typed as with fetch.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime, ApiError, NetworkError, RedirectError, ResponseTooLargeError, RequestTimeoutError } from "../../runtime/index.js";
import { createNodeTransport } from "../../runtime/nodeTransport.js";
import { createProject, deleteProject, getProject, getText, uploadBinary } from "./operations.js";
import { closedPort, json, rateLimitHeaders, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const runtimeFor = (baseUrl = server.url, options = {}) => createRuntime({ token: "node-transport-token", baseUrl, fetch: createNodeTransport(), retry: false, ...options });

describe("createNodeTransport", () => {
  it("sends the method, path, token and JSON body, and reads status, headers and JSON back", async () => {
    server.reset((_request, response) => json(response, 201, { data: { id: "p1", name: "P" } }, rateLimitHeaders(1000, 998, 3600)));
    const runtime = runtimeFor();
    const result = await runtime.callWithResponse<{ id: string }>(createProject, { body: { name: "P", region: "europe-west" } });
    expect(result.data).toEqual({ id: "p1", name: "P" });
    expect(result.response.status).toBe(201);
    expect(result.response.url).toBe(`${server.url}/v1/projects`);
    expect(runtime.rateLimit).toMatchObject({ limit: 1000, remaining: 998 });
    const [sent] = server.requests;
    expect(sent).toMatchObject({ method: "POST", url: "/v1/projects", body: JSON.stringify({ name: "P", region: "europe-west" }) });
    expect(sent!.headers).toMatchObject({ authorization: "Bearer node-transport-token", "content-type": "application/json", "content-length": String(sent!.body.length) });
  });

  it("keeps the connection alive between calls", async () => {
    const ports = new Set<number>();
    server.reset((_request, response) => {
      ports.add(response.socket!.remotePort!);
      json(response, 200, { data: { id: "p1", name: "P" } });
    });
    const runtime = runtimeFor();
    for (let i = 0; i < 5; i++) await runtime.call(getProject, { path: { projectId: "p1" } });
    expect(ports.size).toBe(1);
  });

  it("sends binary bodies as bytes and reads text answers", async () => {
    server.reset((request, response) =>
      request.method === "POST" ? json(response, 200, { data: { bytes: request.body.length } }) : (response.writeHead(200, { "content-type": "text/plain" }), response.end(`got ${request.body.length} bytes`)),
    );
    const runtime = runtimeFor();
    await runtime.call(uploadBinary, { body: new Uint8Array([1, 2, 3, 4]) });
    expect(server.requests[0]!.headers["content-length"]).toBe("4");
    expect(await runtime.call(getText, { path: { projectId: "p" } })).toBe("got 0 bytes");
  });

  it("answers a 204 without a body, and types an error status as fetch does", async () => {
    server.reset((request, response) => (request.method === "DELETE" ? (response.writeHead(204), response.end()) : json(response, 404, { error: { message: "no such project" } })));
    const runtime = runtimeFor();
    await expect(runtime.call(deleteProject, { path: { projectId: "p" } })).resolves.toBeUndefined();
    await expect(runtime.call(getProject, { path: { projectId: "p" } })).rejects.toBeInstanceOf(ApiError);
  });

  it("does not follow a redirect", async () => {
    server.reset((_request, response) => (response.writeHead(302, { location: "http://127.0.0.1:9/elsewhere" }), response.end()));
    await expect(runtimeFor().call(getProject, { path: { projectId: "p" } })).rejects.toBeInstanceOf(RedirectError);
    expect(server.requests).toHaveLength(1);
  });

  it("streams a body past its buffer, so maxResponseBytes still stops it", async () => {
    const big = "x".repeat(3 << 20);
    server.reset((_request, response) => {
      response.writeHead(200, { "content-type": "application/json", "transfer-encoding": "chunked" });
      response.end(JSON.stringify({ data: big }));
    });
    await expect(runtimeFor(server.url, { maxResponseBytes: 2 << 20 }).call(getProject, { path: { projectId: "p" } })).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(await runtimeFor().call(getProject, { path: { projectId: "p" } })).toHaveLength(3 << 20);
  });

  it("types a refused connection and a timeout as fetch's are", async () => {
    const refused = await runtimeFor(`http://127.0.0.1:${await closedPort()}`).call(getProject, { path: { projectId: "p" } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(NetworkError);
    expect(refused).toMatchObject({ requestSent: false, code: "ECONNREFUSED" });
    server.reset(() => undefined);
    await expect(runtimeFor(server.url, { timeoutMs: 50 }).call(getProject, { path: { projectId: "p" } })).rejects.toBeInstanceOf(RequestTimeoutError);
  });
});

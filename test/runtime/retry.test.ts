import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRuntime,
  ApiError,
  NetworkError,
  type ClientOptions,
  type RetryInfo,
} from "../../runtime/index.js";
import { createProject, getProject, listProjects } from "./operations.js";
import { closedPort, fakeClock, json, rateLimitHeaders, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

function runtimeWith(options: ClientOptions = {}) {
  const clock = fakeClock();
  const retries: RetryInfo[] = [];
  const runtime = createRuntime({
    token: "t0ken",
    baseUrl: server.url,
    clock,
    hooks: { onRetry: (info) => retries.push(info) },
    ...options,
  });
  return { runtime, clock, retries };
}

const ok = (response: http.ServerResponse) => json(response, 200, { data: { id: "p", name: "demo" } });

describe("429", () => {
  it("waits until x-ratelimit-reset, then retries, for any method", async () => {
    server.reset((_request, response, index) =>
      index === 0 ? json(response, 429, { error: { message: "Too many requests" } }, rateLimitHeaders(1000, 0, 7)) : ok(response),
    );
    const { runtime, clock, retries } = runtimeWith();
    await expect(runtime.call(createProject, { body: { name: "demo", region: "europe-west" } })).resolves.toMatchObject({ id: "p" });
    expect(server.requests).toHaveLength(2);
    expect(clock.sleeps).toEqual([7000]);
    expect(retries).toHaveLength(1);
    expect(retries[0]).toMatchObject({ operationId: "createProject", attempt: 1, delayMs: 7000 });
    expect((retries[0]!.error as ApiError).status).toBe(429);
  });

  it("prefers Retry-After to the reset", async () => {
    server.reset((_request, response, index) =>
      index === 0 ? json(response, 429, {}, { ...rateLimitHeaders(1000, 0, 3000), "retry-after": "2" }) : ok(response),
    );
    const { runtime, clock } = runtimeWith();
    await runtime.call(getProject, { path: { projectId: "p" } });
    expect(clock.sleeps).toEqual([2000]);
  });

  it("rejects at once when the reset is further away than rateLimit.maxWaitMs", async () => {
    server.reset((_request, response) => json(response, 429, { error: { message: "slow down" } }, rateLimitHeaders(1000, 0, 3600)));
    const { runtime, clock, retries } = runtimeWith({ rateLimit: { maxWaitMs: 60_000 } });
    const error = (await runtime.call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e)) as ApiError;
    expect(error.status).toBe(429);
    expect(error.rateLimit?.remaining).toBe(0);
    expect(server.requests).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(retries).toEqual([]);
  });

  it("gives up after maxRetries and rejects with the last 429", async () => {
    server.reset((_request, response) => json(response, 429, {}, rateLimitHeaders(10, 0, 1)));
    const { runtime, retries } = runtimeWith({ retry: { maxRetries: 2 } });
    await expect(runtime.call(getProject, { path: { projectId: "p" } })).rejects.toMatchObject({ status: 429 });
    expect(server.requests).toHaveLength(3);
    expect(retries.map((r) => r.attempt)).toEqual([1, 2]);
  });
});

describe("5xx", () => {
  it("retries a 503 on an idempotent GET, with jittered backoff under the cap", async () => {
    server.reset((_request, response, index) => (index < 2 ? json(response, 503, { error: { message: "busy" } }) : ok(response)));
    const { runtime, clock, retries } = runtimeWith({ retry: { baseDelayMs: 100, maxDelayMs: 150 } });
    await expect(runtime.call(getProject, { path: { projectId: "p" } })).resolves.toMatchObject({ id: "p" });
    expect(server.requests).toHaveLength(3);
    expect(retries).toHaveLength(2);
    expect(clock.sleeps[0]).toBeLessThan(100);
    expect(clock.sleeps[1]).toBeLessThan(150);
  });

  it("honours Retry-After on a 503", async () => {
    server.reset((_request, response, index) => (index === 0 ? json(response, 503, {}, { "retry-after": "4" }) : ok(response)));
    const { runtime, clock } = runtimeWith();
    await runtime.call(getProject, { path: { projectId: "p" } });
    expect(clock.sleeps).toEqual([4000]);
  });

  it("does not retry a 503 on a create", async () => {
    server.reset((_request, response) => json(response, 503, { error: { message: "busy" } }));
    const { runtime, retries } = runtimeWith();
    await expect(runtime.call(createProject, { body: { name: "demo", region: "europe-west" } })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it("does not retry a 4xx other than 429", async () => {
    server.reset((_request, response) => json(response, 404, { error: { message: "no such project" } }));
    const { runtime } = runtimeWith();
    await expect(runtime.call(getProject, { path: { projectId: "p" } })).rejects.toMatchObject({ status: 404 });
    expect(server.requests).toHaveLength(1);
  });
});

describe("connection failures", () => {
  /** Sends headers and half a body, then destroys the socket. */
  const dieMidResponse = (response: http.ServerResponse) => {
    response.writeHead(200, { "content-type": "application/json", "content-length": "100" });
    response.write('{"data":{"id"');
    setImmediate(() => response.socket?.destroy());
  };

  it("retries a socket destroyed mid-response on an idempotent GET", async () => {
    server.reset((_request, response, index) => (index === 0 ? dieMidResponse(response) : ok(response)));
    const { runtime, retries } = runtimeWith();
    await expect(runtime.call(getProject, { path: { projectId: "p" } })).resolves.toMatchObject({ id: "p" });
    expect(retries[0]!.error).toBeInstanceOf(NetworkError);
    expect((retries[0]!.error as NetworkError).requestSent).toBe(true);
  });

  it("never sends a create twice after the connection broke mid-response", async () => {
    server.reset((_request, response) => dieMidResponse(response));
    const { runtime, retries } = runtimeWith();
    const error = await runtime.call(createProject, { body: { name: "demo", region: "europe-west" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ requestSent: true, code: "UND_ERR_SOCKET", operationId: "createProject" });
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(server.requests).toHaveLength(1);
    expect(retries).toEqual([]);
  });

  it("never sends a create twice after the connection closed before the response", async () => {
    server.reset((request, response) => response.socket?.destroy());
    const { runtime } = runtimeWith();
    await expect(runtime.call(createProject, { body: { name: "demo", region: "europe-west" } })).rejects.toBeInstanceOf(NetworkError);
    expect(server.requests).toHaveLength(1);
  });

  it("retries a refused connection even for a create, since nothing was sent", async () => {
    const port = await closedPort();
    const late = http.createServer((_request, response) => ok(response));
    const { runtime, retries } = runtimeWith({
      baseUrl: `http://127.0.0.1:${port}`,
      // The server comes up during the first backoff, as a restarting API would.
      hooks: { onRetry: (info) => (retries.push(info), retries.length === 1 && late.listen(port, "127.0.0.1")) },
    });
    try {
      await expect(runtime.call(createProject, { body: { name: "demo", region: "europe-west" } })).resolves.toMatchObject({ id: "p" });
      expect(retries[0]!.error).toMatchObject({ name: "NetworkError", requestSent: false, code: "ECONNREFUSED" });
    } finally {
      late.closeAllConnections();
      late.close();
    }
  });

  it("rejects with a network error naming the operation once refused retries run out", async () => {
    const port = await closedPort();
    const { runtime, retries } = runtimeWith({ baseUrl: `http://127.0.0.1:${port}`, retry: { maxRetries: 2 } });
    const error = (await runtime.call(listProjects, {}).catch((e: unknown) => e)) as NetworkError;
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.message).toMatch(/^listProjects \(GET \/v1\/projects\): network error before sending: connect ECONNREFUSED/);
    expect(retries).toHaveLength(2);
  });

  it("sends each request once with retry: false", async () => {
    server.reset((_request, response) => json(response, 503, {}));
    const { runtime } = runtimeWith({ retry: false });
    await expect(runtime.call(getProject, { path: { projectId: "p" } })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
  });
});

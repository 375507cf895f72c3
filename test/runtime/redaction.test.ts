import http from "node:http";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime, ApiClientError, type ClientOptions } from "../../runtime/index.js";
import { createProject, getJobRun, getProject } from "./operations.js";
import { closedPort, fakeClock, json, startServer, type TestServer } from "./server.js";

const TOKEN = "nf-SECRET-0123456789abcdef";

let server: TestServer;
const held: http.ServerResponse[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => {
  for (const response of held) response.end();
  return server.close();
});

/** Every way an error reaches a log: message, toString, JSON, util.inspect (stack and cause included). */
function renderings(error: unknown): string[] {
  return [String(error), (error as Error).message, JSON.stringify(error), inspect(error, { depth: 5 }), (error as Error).stack ?? ""];
}

function expectNoToken(error: unknown): void {
  expect(error).toBeInstanceOf(ApiClientError);
  for (const text of renderings(error)) expect(text).not.toContain(TOKEN);
}

function runtime(options: ClientOptions = {}) {
  return createRuntime({ token: TOKEN, baseUrl: server.url, retry: false, clock: fakeClock(), ...options });
}

describe("the token never leaks", () => {
  it("from an API error whose body echoes the Authorization header", async () => {
    server.reset((request, response) =>
      json(response, 401, { error: { message: `bad credentials: ${request.headers.authorization}`, details: { sent: request.headers.authorization } } }),
    );
    const error = await runtime().call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expectNoToken(error);
    expect(error).toMatchObject({ apiMessage: "bad credentials: Bearer [redacted]", details: { sent: "Bearer [redacted]" } });
  });

  it("from an HTML error page that echoes it", async () => {
    server.reset((request, response) => response.writeHead(502).end(`<p>${request.headers.authorization}</p>`));
    expectNoToken(await runtime().call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e));
  });

  it("from a 2xx body that is not JSON and echoes it", async () => {
    server.reset((request, response) => response.writeHead(200).end(`hello ${request.headers.authorization}`));
    expectNoToken(await runtime().call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e));
  });

  it("from network, timeout, argument and waiter errors", async () => {
    const port = await closedPort();
    expectNoToken(await runtime({ baseUrl: `http://127.0.0.1:${port}` }).call(createProject, { body: {} }).catch((e: unknown) => e));
    server.reset((_request, response) => void held.push(response));
    expectNoToken(await runtime({ timeoutMs: 20 }).call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e));
    expectNoToken(await runtime().call(getProject, { path: {} }).catch((e: unknown) => e));
    server.reset((_request, response) => json(response, 200, { data: { status: "FAILED" } }));
    expectNoToken(await runtime().wait(getJobRun, { path: { projectId: "p", jobId: "j", runId: "r" } }).catch((e: unknown) => e));
  });

  it("from a config error about the token itself", () => {
    let error: unknown;
    try {
      createRuntime({ token: `${TOKEN}\n` });
    } catch (e) {
      error = e;
    }
    expectNoToken(error);
  });

  it("from hook payloads, which show the Authorization header redacted", async () => {
    server.reset((_request, response, index) => (index === 0 ? json(response, 503, {}) : json(response, 200, { data: {} })));
    const payloads: unknown[] = [];
    const record = (info: unknown) => void payloads.push(info);
    await runtime({ retry: { maxRetries: 1 }, hooks: { onRequest: record, onResponse: record, onRetry: record } }).call(getProject, {
      path: { projectId: "p" },
      query: { q: 1 },
    });
    expect(payloads).toHaveLength(5);
    expect(payloads[0]).toMatchObject({
      operationId: "getProject",
      method: "GET",
      url: `${server.url}/v1/projects/p?q=1`,
      attempt: 1,
      headers: { Authorization: "Bearer [redacted]" },
    });
    expect(payloads[1]).toMatchObject({ status: 503, attempt: 1 });
    expect(payloads[2]).toMatchObject({ attempt: 1, error: { name: "ApiError", status: 503 } });
    for (const payload of payloads) expect(inspect(payload, { depth: 5 }) + JSON.stringify(payload)).not.toContain(TOKEN);
  });
});

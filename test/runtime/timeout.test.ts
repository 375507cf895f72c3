import type http from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createRuntime, RequestTimeoutError, type RetryInfo } from "../../runtime/index.js";
import { createProject, getProject } from "./operations.js";
import { fakeClock, json, startServer, type TestServer } from "./server.js";

let server: TestServer;
/** Responses the slow handler is holding, answered after each test so sockets close cleanly. */
const held: http.ServerResponse[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterEach(() => {
  for (const response of held.splice(0)) if (!response.writableEnded) response.end();
});
afterAll(() => server.close());

const hold = (_request: unknown, response: http.ServerResponse) => void held.push(response);

describe("timeouts", () => {
  it("rejects a slow response with RequestTimeoutError, naming the operation and the limit", async () => {
    server.reset(hold);
    const runtime = createRuntime({ token: "t", baseUrl: server.url, timeoutMs: 50, retry: false });
    const error = (await runtime.call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e)) as RequestTimeoutError;
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 50, operationId: "getProject", method: "GET", pathTemplate: "/v1/projects/{projectId}" });
    expect(error.message).toBe("getProject (GET /v1/projects/{projectId}) timed out after 50 ms");
    expect((error.cause as DOMException).name).toBe("TimeoutError");
  });

  it("lets a call override the client's timeout", async () => {
    server.reset(hold);
    const runtime = createRuntime({ token: "t", baseUrl: server.url, timeoutMs: 60_000, retry: false });
    await expect(runtime.call(getProject, { path: { projectId: "p" }, timeoutMs: 30 })).rejects.toMatchObject({ timeoutMs: 30 });
  });

  it("times out a body that stalls after the headers", async () => {
    server.reset((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.write('{"data":');
      held.push(response);
    });
    const runtime = createRuntime({ token: "t", baseUrl: server.url, timeoutMs: 50, retry: false });
    await expect(runtime.call(getProject, { path: { projectId: "p" } })).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it("starts the clock per attempt and retries an idempotent call that timed out", async () => {
    server.reset((request, response, index) => (index === 0 ? hold(request, response) : json(response, 200, { data: { id: "p" } })));
    const retries: RetryInfo[] = [];
    // Generous enough that the prompt second answer never times out on a loaded machine.
    const runtime = createRuntime({ token: "t", baseUrl: server.url, timeoutMs: 300, clock: fakeClock(), hooks: { onRetry: (r) => retries.push(r) } });
    await expect(runtime.call(getProject, { path: { projectId: "p" } })).resolves.toEqual({ id: "p" });
    expect(retries[0]!.error).toBeInstanceOf(RequestTimeoutError);
  });

  it("never retries a create that timed out: it may have been applied", async () => {
    server.reset(hold);
    const runtime = createRuntime({ token: "t", baseUrl: server.url, timeoutMs: 50, clock: fakeClock() });
    await expect(runtime.call(createProject, { body: { name: "n", region: "europe-west" } })).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(server.requests).toHaveLength(1);
  });
});

describe("abort", () => {
  it("rejects with the signal's reason when aborted mid-call", async () => {
    const controller = new AbortController();
    server.reset((request, response) => {
      hold(request, response);
      controller.abort(new Error("user pressed ctrl-c"));
    });
    const runtime = createRuntime({ token: "t", baseUrl: server.url });
    await expect(runtime.call(getProject, { path: { projectId: "p" }, signal: controller.signal })).rejects.toThrow("user pressed ctrl-c");
    expect(server.requests).toHaveLength(1);
  });

  it("does not send at all when the signal is already aborted", async () => {
    server.reset(hold);
    const runtime = createRuntime({ token: "t", baseUrl: server.url });
    const reason = await runtime.call(getProject, { path: { projectId: "p" }, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((reason as DOMException).name).toBe("AbortError");
    expect(server.requests).toHaveLength(0);
  });

  it("stops waiting between retries when aborted", async () => {
    const controller = new AbortController();
    server.reset((_request, response) => json(response, 503, {}));
    // A real clock, and a retry delay long enough that only the abort can end the wait.
    const runtime = createRuntime({
      token: "t",
      baseUrl: server.url,
      retry: { baseDelayMs: 600_000, maxDelayMs: 600_000 },
      hooks: { onRetry: () => controller.abort(new Error("stop")) },
    });
    await expect(runtime.call(getProject, { path: { projectId: "p" }, signal: controller.signal })).rejects.toThrow("stop");
    expect(server.requests).toHaveLength(1);
  });
});

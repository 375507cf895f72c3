import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ServerResponse } from "node:http";
import { createRuntime, ApiError, type Runtime } from "../../runtime/index.js";
import { createProject, deleteProject, getProject, getText, listProjects } from "./operations.js";
import { json, rateLimitHeaders, startServer, type TestServer } from "./server.js";

let server: TestServer;
let runtime: Runtime;
beforeAll(async () => {
  server = await startServer();
  runtime = createRuntime({ token: "t0ken", baseUrl: server.url, retry: false });
});
afterAll(() => server.close());

describe("2xx results", () => {
  it("resolves with the value at the result pointer", async () => {
    server.reset((_request, response) => json(response, 200, { data: { id: "p1", name: "one" }, extra: true }));
    await expect(runtime.call(getProject, { path: { projectId: "p1" } })).resolves.toEqual({ id: "p1", name: "one" });
  });

  it("treats a 201 as success", async () => {
    server.reset((_request, response) => json(response, 201, { data: { id: "new", name: "demo" } }));
    await expect(runtime.call(createProject, { body: { name: "demo", region: "europe-west" } })).resolves.toEqual({ id: "new", name: "demo" });
  });

  it("resolves an empty 204 with undefined", async () => {
    server.reset((_request, response) => response.writeHead(204).end());
    await expect(runtime.call(deleteProject, { path: { projectId: "p1" } })).resolves.toBeUndefined();
    expect(server.requests[0]!.method).toBe("DELETE");
  });

  it("resolves an empty 200 without content-length with undefined", async () => {
    server.reset((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end();
    });
    await expect(runtime.call(getProject, { path: { projectId: "p1" } })).resolves.toBeUndefined();
  });

  it("resolves a null result pointer with the whole body, read as the operation says", async () => {
    server.reset((_request, response) => response.writeHead(200, { "content-type": "text/plain" }).end("plain words"));
    await expect(runtime.call(getText, { path: { projectId: "p" } })).resolves.toBe("plain words");
  });

  it.each([
    ["a 204", (response: ServerResponse) => response.writeHead(204).end()],
    ["a 200 with content-length 0", (response: ServerResponse) => response.writeHead(200, { "content-length": "0" }).end()],
  ])("resolves %s with undefined even when the operation reads text", async (_name, answer) => {
    server.reset((_request, response) => answer(response));
    await expect(runtime.call(getText, { path: { projectId: "p" } })).resolves.toBeUndefined();
  });

  it("gives the raw Response and the rate limit through callWithResponse", async () => {
    server.reset((_request, response) => json(response, 200, { data: { projects: [] } }, { ...rateLimitHeaders(1000, 998, 3600), "x-request-id": "r-1" }));
    const before = Date.now();
    const { data, response, rateLimit } = await runtime.callWithResponse(listProjects, {});
    expect(data).toEqual({ projects: [] });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r-1");
    expect(rateLimit).toMatchObject({ limit: 1000, remaining: 998 });
    expect(rateLimit!.resetAt).toBeGreaterThanOrEqual(before + 3_600_000);
    expect(runtime.rateLimit).toBe(rateLimit);
  });

  it("rejects a 2xx whose body is not JSON, with an excerpt", async () => {
    server.reset((_request, response) => response.writeHead(200, { "content-type": "text/html" }).end("<html><body>Maintenance</body></html>"));
    const error = await runtime.call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/not JSON: Maintenance/);
  });
});

describe("non-2xx responses", () => {
  it("carries Northflank's message, id and details, the method, path template and rate limit", async () => {
    server.reset((_request, response) =>
      json(
        response,
        409,
        { error: { status: 409, message: "There is already a project named demo", id: "conflict-1", details: { field: "name" } } },
        rateLimitHeaders(1000, 5, 60),
      ),
    );
    const error = (await runtime.call(createProject, { body: { name: "demo", region: "europe-west" } }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      name: "ApiError",
      status: 409,
      apiMessage: "There is already a project named demo",
      errorId: "conflict-1",
      details: { field: "name" },
      method: "POST",
      pathTemplate: "/v1/projects",
      operationId: "createProject",
      rateLimit: { limit: 1000, remaining: 5 },
    });
    expect(error.message).toBe("createProject (POST /v1/projects) failed with status 409: There is already a project named demo");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: "ApiError", status: 409, errorId: "conflict-1" });
  });

  it("reports an HTML 502 from a proxy with its status and a short excerpt", async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>${"<p>padding</p>".repeat(100)}</body></html>`;
    server.reset((_request, response) => response.writeHead(502, { "content-type": "text/html" }).end(page));
    const error = (await runtime.call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(502);
    expect(error.apiMessage.startsWith("502 Bad Gateway 502 Bad Gateway padding")).toBe(true);
    expect(error.apiMessage.length).toBeLessThanOrEqual(201);
    expect(error.message).not.toContain("<");
  });

  it("reports an empty error body with the status text", async () => {
    server.reset((_request, response) => response.writeHead(404).end());
    const error = (await runtime.call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 404, apiMessage: "Not Found", errorId: undefined });
  });

  it("reports JSON that is not Northflank's error shape as an excerpt", async () => {
    server.reset((_request, response) => json(response, 400, { problem: "bad" }));
    const error = (await runtime.call(getProject, { path: { projectId: "p" } }).catch((e: unknown) => e)) as ApiError;
    expect(error.apiMessage).toBe('{"problem":"bad"}');
  });
});

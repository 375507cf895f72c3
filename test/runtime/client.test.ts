import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createRuntime, NorthflankConfigError, PACKAGE_VERSION } from "../../runtime/index.js";
import { createProject, getProject } from "./operations.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllEnvs());

describe("createRuntime options", () => {
  it("refuses to start without a token, naming the option and the variable", () => {
    vi.stubEnv("NORTHFLANK_API_TOKEN", "");
    expect(() => createRuntime({ baseUrl: server.url })).toThrow(NorthflankConfigError);
    expect(() => createRuntime({ baseUrl: server.url })).toThrow(/token option or set NORTHFLANK_API_TOKEN/);
  });

  it("takes the token and base URL from the environment when not given", async () => {
    vi.stubEnv("NORTHFLANK_API_TOKEN", "env-token");
    vi.stubEnv("NORTHFLANK_API_URL", `${server.url}/`);
    server.reset((_request, response) => json(response, 200, { data: { id: "p1", name: "one" } }));
    const runtime = createRuntime();
    await expect(runtime.call(getProject, { path: { projectId: "p1" } })).resolves.toEqual({ id: "p1", name: "one" });
    expect(server.requests[0]!.headers.authorization).toBe("Bearer env-token");
    expect(server.requests[0]!.url).toBe("/v1/projects/p1");
  });

  it("prefers the options over the environment", async () => {
    vi.stubEnv("NORTHFLANK_API_TOKEN", "env-token");
    vi.stubEnv("NORTHFLANK_API_URL", "http://127.0.0.1:9/unused");
    server.reset((_request, response) => json(response, 200, { data: {} }));
    await createRuntime({ token: "option-token", baseUrl: server.url }).call(getProject, { path: { projectId: "p" } });
    expect(server.requests[0]!.headers.authorization).toBe("Bearer option-token");
  });

  it.each([
    [{ token: "t", baseUrl: "not a url" }, /baseUrl "not a url" is not a URL/],
    [{ token: "t", baseUrl: "ftp://example.com" }, /must use http or https/],
    [{ token: "t", timeoutMs: 0 }, /timeoutMs must be a number >= 1/],
    [{ token: "t", retry: { maxRetries: -1 } }, /retry.maxRetries/],
    [{ token: "t", userAgent: "x\r\nInjected: yes" }, /line breaks/],
    [{ token: "two words" }, /without whitespace/],
  ])("rejects bad options clearly: %o", (options, message) => {
    expect(() => createRuntime(options)).toThrow(message);
  });

  it("sends JSON, the bearer token and a User-Agent naming this package, its version and the suffix", async () => {
    server.reset((_request, response) => json(response, 200, { data: { id: "p", name: "demo" } }));
    const runtime = createRuntime({ token: "secret", baseUrl: server.url, userAgent: "my-pipeline/2.0" });
    await runtime.call(createProject, { body: { name: "demo", region: "europe-west" } });
    const [request] = server.requests;
    expect(request!.method).toBe("POST");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.headers.accept).toBe("application/json");
    expect(request!.headers["user-agent"]).toBe(`northflank-openapi/${PACKAGE_VERSION} my-pipeline/2.0`);
    expect(JSON.parse(request!.body)).toEqual({ name: "demo", region: "europe-west" });
  });

  it("keeps the version constant equal to package.json's", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
    expect(PACKAGE_VERSION).toBe(manifest.version);
  });
});

import { readFileSync } from "node:fs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { createRuntime, ConfigError, PACKAGE_VERSION } from "../../runtime/index.js";
import { runtimeProfile } from "../../generated/client.gen.js";
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
    expect(() => createRuntime({ baseUrl: server.url }, runtimeProfile)).toThrow(ConfigError);
    expect(() => createRuntime({ baseUrl: server.url }, runtimeProfile)).toThrow(/^no credentials: pass the token option or set NORTHFLANK_API_TOKEN$/);
    // Without a profile (or one without envPrefix), no variable is named: none would be read.
    expect(() => createRuntime({ baseUrl: server.url })).toThrow(/^no credentials: pass the token option$/);
  });

  it("reads no environment without a profile's envPrefix", () => {
    vi.stubEnv("NORTHFLANK_API_TOKEN", "env-token");
    vi.stubEnv("NORTHFLANK_API_URL", server.url);
    expect(() => createRuntime({ baseUrl: server.url })).toThrow(/no credentials/);
    expect(() => createRuntime({ token: "t" })).toThrow(/^no baseUrl: the API description names no server; pass the baseUrl option \(the server's full URL\)$/);
  });

  it("uses our spec's server URL when neither the option nor NORTHFLANK_API_URL is set", async () => {
    vi.stubEnv("NORTHFLANK_API_URL", "");
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return new Response('{"data":{}}', { status: 200 });
    };
    await createRuntime({ token: "t", fetch: fetch as typeof globalThis.fetch }, runtimeProfile).call(getProject, { path: { projectId: "p" } });
    expect(urls).toEqual(["https://api.northflank.com/v1/projects/p"]);
  });

  it("takes the token and base URL from the environment when not given", async () => {
    vi.stubEnv("NORTHFLANK_API_TOKEN", "env-token");
    vi.stubEnv("NORTHFLANK_API_URL", `${server.url}/`);
    server.reset((_request, response) => json(response, 200, { data: { id: "p1", name: "one" } }));
    const runtime = createRuntime({}, runtimeProfile);
    await expect(runtime.call(getProject, { path: { projectId: "p1" } })).resolves.toEqual({ id: "p1", name: "one" });
    expect(server.requests[0]!.headers.authorization).toBe("Bearer env-token");
    expect(server.requests[0]!.url).toBe("/v1/projects/p1");
  });

  it("prefers the options over the environment", async () => {
    vi.stubEnv("NORTHFLANK_API_TOKEN", "env-token");
    vi.stubEnv("NORTHFLANK_API_URL", "http://127.0.0.1:9/unused");
    server.reset((_request, response) => json(response, 200, { data: {} }));
    await createRuntime({ token: "option-token", baseUrl: server.url }, runtimeProfile).call(getProject, { path: { projectId: "p" } });
    expect(server.requests[0]!.headers.authorization).toBe("Bearer option-token");
  });

  it.each([
    [{ token: "t", baseUrl: "not a url" }, /baseUrl "not a url" is not a URL/],
    [{ token: "t", baseUrl: "ftp://example.com" }, /must use http or https/],
    [{ token: "t", baseUrl: "http://127.0.0.1", timeoutMs: 0 }, /timeoutMs must be a number >= 1/],
    [{ token: "t", baseUrl: "http://127.0.0.1", retry: { maxRetries: -1 } }, /retry.maxRetries/],
    [{ token: "t", baseUrl: "http://127.0.0.1", userAgent: "x\r\nInjected: yes" }, /line breaks/],
    [{ token: "two words", baseUrl: "http://127.0.0.1" }, /option token must be a string without whitespace/],
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

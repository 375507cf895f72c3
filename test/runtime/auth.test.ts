/**
 * Credentials by the profile's security schemes, over HTTP on 127.0.0.1: each kind of scheme
 * sends its credential where the scheme says, an operation's own `security` replaces the
 * profile's, alternatives fall back in order, and the server URL comes from the profile.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ArgumentError, ConfigError, createRuntime, type OperationSpec, type RequestInfo, type RuntimeProfile } from "../../runtime/index.js";
import { getProject, listProjects } from "./operations.js";
import { json, startServer, type RecordedRequest, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllEnvs());

const SCHEMES: RuntimeProfile["schemes"] = {
  bearer: "bearer",
  basic: "basic",
  headerKey: ["header", "X-Api-Key"],
  queryKey: ["query", "api_key"],
  cookieKey: ["cookie", "session key"],
};

/** One call of getProject with `security` as the profile's, returning the request the server saw. */
async function sent(security: RuntimeProfile["security"], options: Parameters<typeof createRuntime>[0], op: OperationSpec = getProject): Promise<RecordedRequest> {
  server.reset((_request, response) => json(response, 200, { data: {} }));
  await createRuntime({ baseUrl: server.url, ...options }, { schemes: SCHEMES, security }).call(op, { path: { projectId: "p" } });
  return server.requests[0]!;
}

describe("security schemes", () => {
  it("http bearer: Authorization: Bearer <token>", async () => {
    expect((await sent([["bearer"]], { token: "tok" })).headers.authorization).toBe("Bearer tok");
  });

  it("http basic: Authorization: Basic base64(UTF-8 username:password)", async () => {
    const request = await sent([["basic"]], { username: "ana", password: "pässword" });
    expect(request.headers.authorization).toBe(`Basic ${Buffer.from("ana:pässword", "utf8").toString("base64")}`);
  });

  it("apiKey in a header, under the scheme's header name", async () => {
    const request = await sent([["headerKey"]], { apiKey: "k-123" });
    expect(request.headers["x-api-key"]).toBe("k-123");
    expect(request.headers.authorization).toBeUndefined();
  });

  it("apiKey in the query, after the call's own query parameters", async () => {
    server.reset((_request, response) => json(response, 200, { data: { projects: [] }, pagination: { hasNextPage: false, count: 0 } }));
    const runtime = createRuntime({ baseUrl: server.url, apiKey: "k&1" }, { schemes: SCHEMES, security: [["queryKey"]] });
    await runtime.call(listProjects, { query: { per_page: 5 } });
    expect(server.requests[0]!.url).toBe("/v1/projects?per_page=5&api_key=k%261");
  });

  it("apiKey in a cookie, name and value percent-encoded, after the call's own cookies", async () => {
    const request = await sent([["cookieKey"]], { apiKey: "k;1" });
    expect(request.headers.cookie).toBe("session%20key=k%3B1");
    server.reset((_request, response) => json(response, 200, { data: {} }));
    const runtime = createRuntime({ baseUrl: server.url, apiKey: "k" }, { schemes: SCHEMES, security: [["cookieKey"]] });
    await runtime.call(getProject, { path: { projectId: "p" }, cookie: { theme: "dark" } });
    expect(server.requests[0]!.headers.cookie).toBe("theme=dark; session%20key=k");
  });

  it("one key per scheme name when apiKey is an object; schemes of one alternative are sent together", async () => {
    const request = await sent([["headerKey", "queryKey"]], { apiKey: { headerKey: "h", queryKey: "q" } });
    expect(request.headers["x-api-key"]).toBe("h");
    expect(request.url).toBe("/v1/projects/p?api_key=q");
  });

  it("takes the first alternative whose credentials were given", async () => {
    const request = await sent([["bearer"], ["headerKey"]], { apiKey: "k" });
    expect(request.headers["x-api-key"]).toBe("k");
    expect(request.headers.authorization).toBeUndefined();
  });

  it("no security: sends no credential and needs none", async () => {
    const request = await sent([], {});
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers.cookie).toBeUndefined();
  });

  it("refuses to start without the credentials of any alternative, naming the first one's options and variables", () => {
    const profile: RuntimeProfile = { schemes: SCHEMES, security: [["basic"], ["bearer"]], envPrefix: "ACME_" };
    expect(() => createRuntime({ baseUrl: server.url }, profile)).toThrow(ConfigError);
    expect(() => createRuntime({ baseUrl: server.url }, profile)).toThrow(/^no credentials: pass the username and password options or set ACME_USERNAME and ACME_PASSWORD$/);
    expect(() => createRuntime({ baseUrl: server.url }, { schemes: SCHEMES, security: [["headerKey"]] })).toThrow(/^no credentials: pass the apiKey option$/);
  });

  it("reads credentials from the variables named by envPrefix", async () => {
    vi.stubEnv("ACME_API_KEY", "from-env");
    server.reset((_request, response) => json(response, 200, { data: {} }));
    await createRuntime({ baseUrl: server.url }, { schemes: SCHEMES, security: [["headerKey"]], envPrefix: "ACME_" }).call(getProject, { path: { projectId: "p" } });
    expect(server.requests[0]!.headers["x-api-key"]).toBe("from-env");
  });

  it.each([
    [{ apiKey: "two words" }, /option apiKey must be a string without whitespace/],
    [{ apiKey: { headerKey: "a\nb" } }, /option apiKey.headerKey must be a string without whitespace/],
    [{ username: "a:b", password: "p" }, /option username must be a string without colons/],
    [{ username: "a", password: "p\r\n" }, /option password must be a string without control characters/],
    // Percent-encoding it for a cookie or the query would throw a URIError instead.
    [{ apiKey: "key\uD800" }, /option apiKey must be well-formed Unicode \(it has a lone surrogate\)/],
  ])("refuses unsendable credentials without echoing them: %o", (options, message) => {
    expect(() => createRuntime({ baseUrl: server.url, ...options }, { schemes: SCHEMES, security: [] })).toThrow(message);
  });
});

describe("an operation's own security", () => {
  const publicOp: OperationSpec = { ...getProject, operationId: "publicOp", security: [] };
  const keyOp: OperationSpec = { ...getProject, operationId: "keyOp", security: [["headerKey"]] };

  it("[] sends none of the profile's credentials", async () => {
    const request = await sent([["bearer"]], { token: "tok" }, publicOp);
    expect(request.headers.authorization).toBeUndefined();
  });

  it("replaces the profile's scheme with its own", async () => {
    const request = await sent([["bearer"]], { token: "tok", apiKey: "k" }, keyOp);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.headers["x-api-key"]).toBe("k");
  });

  it("rejects the call, before sending, when its credentials were not given", async () => {
    server.reset((_request, response) => json(response, 200, { data: {} }));
    const runtime = createRuntime({ baseUrl: server.url, token: "tok" }, { schemes: SCHEMES, security: [["bearer"]] });
    await expect(runtime.call(keyOp, { path: { projectId: "p" } })).rejects.toThrow(ArgumentError);
    await expect(runtime.call(keyOp, { path: { projectId: "p" } })).rejects.toThrow(/^keyOp: no credentials: pass the apiKey option$/);
    expect(server.requests).toEqual([]);
  });
});

describe("hooks", () => {
  it("show credentials redacted, in headers and in the URL", async () => {
    server.reset((_request, response) => json(response, 200, { data: {} }));
    const seen: RequestInfo[] = [];
    const urls: string[] = [];
    const hooks = { onRequest: (info: RequestInfo) => seen.push(info), onResponse: (info: { url: string }) => urls.push(info.url) };
    const profile: RuntimeProfile = { schemes: SCHEMES, security: [["basic", "queryKey"]] };
    await createRuntime({ baseUrl: server.url, username: "u", password: "secret-password", apiKey: "query-secret", hooks }, profile).call(getProject, { path: { projectId: "p" } });
    expect(seen[0]!.headers.Authorization).toBe("Basic [redacted]");
    expect(seen[0]!.url).toBe(`${server.url}/v1/projects/p?api_key=[redacted]`);
    expect(urls[0]).toBe(`${server.url}/v1/projects/p?api_key=[redacted]`);
  });
});

describe("server URL", () => {
  /** The URL a call would go to, read from the request the runtime hands to fetch. */
  async function resolvedUrl(profile: RuntimeProfile, options: Parameters<typeof createRuntime>[0] = {}): Promise<string> {
    const urls: string[] = [];
    const fetch = async (request: Request): Promise<Response> => {
      urls.push(request.url);
      return new Response('{"data":{}}', { status: 200 });
    };
    await createRuntime({ fetch: fetch as typeof globalThis.fetch, ...options }, profile).call(getProject, { path: { projectId: "p" } });
    return urls[0]!;
  }
  const templated: RuntimeProfile = { server: "https://{region}.api.example.com/{version}", serverVariables: { region: "eu", version: "v2" } };

  it("fills the profile's server variables with their defaults", async () => {
    expect(await resolvedUrl(templated)).toBe("https://eu.api.example.com/v2/v1/projects/p");
  });

  it("fills them from the serverVariables option", async () => {
    expect(await resolvedUrl(templated, { serverVariables: { region: "us" } })).toBe("https://us.api.example.com/v2/v1/projects/p");
  });

  it("refuses a variable the server URL does not have", () => {
    expect(() => createRuntime({ serverVariables: { zone: "x" } }, templated)).toThrow(/^serverVariables.zone: the server URL has no such variable$/);
  });

  it("requires baseUrl for a relative server URL, saying why", () => {
    expect(() => createRuntime({}, { server: "/api/v3", envPrefix: "PETS_" })).toThrow(
      /^no baseUrl: the API's server URL "\/api\/v3" is relative; pass the baseUrl option \(the server's full URL\) or set PETS_API_URL$/,
    );
  });
});

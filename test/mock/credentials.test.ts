/**
 * The mock asks each request for what the spec's security asks: an API key in a header on
 * the neutral fixture, nothing on its `security: []` operation, and API keys in the query
 * or a cookie and basic credentials on a small spec of its own. Our spec's bearer rules are
 * pinned by requestRules.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/loadSpec.js";
import { startMockServer, type MockServer } from "../../mock/index.js";

async function mockOf(document: Record<string, unknown>): Promise<MockServer> {
  return startMockServer({ document, port: 0, host: "127.0.0.1" });
}

async function get(server: MockServer, path: string, headers: Record<string, string> = {}): Promise<{ status: number; message: string | undefined }> {
  const response = await fetch(server.url + path, { headers });
  const body = (await response.json()) as { error?: { message?: string } };
  return { status: response.status, message: body.error?.message };
}

describe("a spec with an API key in a header and a public operation", () => {
  let server: MockServer;
  beforeAll(async () => {
    const loaded = await loadSpec({ specPath: "test/fixtures/specs/neutral-api-key/openapi.yaml" });
    expect(loaded.problems).toEqual([]);
    server = await mockOf(loaded.document);
  });
  afterAll(() => server.close());

  it("refuses a request without the key, naming the header, and ignores a bearer token", async () => {
    expect(await get(server, "/stations")).toEqual({ status: 401, message: "Missing credentials: send the `X-Station-Key` header" });
    expect((await get(server, "/stations", { authorization: "Bearer t" })).status).toBe(401);
  });

  it("answers with the key", async () => {
    expect((await get(server, "/stations", { "x-station-key": "k" })).status).toBe(200);
  });

  it("answers the operation with `security: []` without any credentials", async () => {
    expect((await get(server, "/status")).status).toBe(200);
  });

  it("asks for the document's credentials on a path it does not serve, before saying 404", async () => {
    expect((await get(server, "/nowhere")).status).toBe(401);
    expect((await get(server, "/nowhere", { "x-station-key": "k" })).status).toBe(404);
  });
});

describe("API keys in the query and a cookie, and basic credentials", () => {
  const document = {
    openapi: "3.1.0",
    info: { title: "Keys", version: "1" },
    components: {
      securitySchemes: {
        queryKey: { type: "apiKey", in: "query", name: "api_key" },
        cookieKey: { type: "apiKey", in: "cookie", name: "session" },
        basic: { type: "http", scheme: "basic" },
      },
    },
    paths: {
      "/by-query": { get: { operationId: "byQuery", security: [{ queryKey: [] }], responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } } } },
      // Either a cookie, or basic credentials together with the query key.
      "/either": {
        get: {
          operationId: "either",
          security: [{ cookieKey: [] }, { basic: [], queryKey: [] }],
          responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
        },
      },
    },
  };
  let server: MockServer;
  beforeAll(async () => {
    server = await mockOf(document);
  });
  afterAll(() => server.close());

  it("reads a key from the query string", async () => {
    expect(await get(server, "/by-query")).toEqual({ status: 401, message: "Missing credentials: send the `api_key` query parameter" });
    expect((await get(server, "/by-query?api_key=")).status).toBe(401);
    expect((await get(server, "/by-query?api_key=k1")).status).toBe(200);
  });

  it("takes any one alternative whole: the cookie, or basic and the query key together", async () => {
    expect(await get(server, "/either")).toEqual({ status: 401, message: "Missing credentials: send the `session` cookie" });
    expect((await get(server, "/either", { cookie: "theme=dark; session=s%201" })).status).toBe(200);
    const basic = { authorization: `Basic ${Buffer.from("ada:pw").toString("base64")}` };
    expect((await get(server, "/either", basic)).status).toBe(401);
    expect((await get(server, "/either?api_key=k", basic)).status).toBe(200);
  });
});

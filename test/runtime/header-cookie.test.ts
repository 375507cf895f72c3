/**
 * Header and cookie parameters over real HTTP on 127.0.0.1: what the server receives, how
 * values are serialised, and the headers a call may not set (the runtime owns them).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime, ArgumentError, type Runtime } from "../../runtime/index.js";
import { cookieHeader, parameterHeaders } from "../../runtime/headers.js";
import { createApiClient, type ApiClient } from "../fixtures/specs/header-cookie-params/__snapshots__/index.js";
import { getProject, getReport } from "./operations.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
let runtime: Runtime;
beforeAll(async () => {
  server = await startServer();
  runtime = createRuntime({ token: "secret-token", baseUrl: server.url, retry: false, userAgent: "ci/1" });
});
afterAll(() => server.close());

const ok = () => server.reset((_request, response) => json(response, 200, { data: { title: "t" } }));
const lastHeaders = () => server.requests.at(-1)!.headers;
const path = { reportId: "r1" };

describe("header and cookie arguments over HTTP", () => {
  it("the server sees the header values and one Cookie header", async () => {
    ok();
    const result = await runtime.call(getReport, {
      path,
      header: { "X-Request-Id": "req-42", "If-None-Match": '"v7"' },
      cookie: { session: "abc123", theme: "dark" },
    });
    expect(result).toEqual({ title: "t" });
    const headers = lastHeaders();
    expect(headers["x-request-id"]).toBe("req-42");
    expect(headers["if-none-match"]).toBe('"v7"');
    expect(headers.cookie).toBe("session=abc123; theme=dark");
    expect(headers.authorization).toBe("Bearer secret-token");
    expect(headers["user-agent"]).toMatch(/^northflank-openapi\/\S+ ci\/1$/);
  });

  it("percent-encodes cookie values, so separators and non-ASCII stay inside one cookie", async () => {
    ok();
    await runtime.call(getReport, { path, header: { "X-Request-Id": "id" }, cookie: { session: "a; b=c, ü" } });
    const cookie = lastHeaders().cookie!;
    expect(cookie).toBe("session=a%3B%20b%3Dc%2C%20%C3%BC");
    expect(decodeURIComponent(cookie.slice("session=".length))).toBe("a; b=c, ü");
  });

  it("sends header lists comma-separated and leaves out undefined and null values", async () => {
    ok();
    await runtime.call(getReport, {
      path,
      header: { "X-Request-Id": "id", "X-Tags": ["a", "b"], "If-None-Match": undefined },
      cookie: { session: "s", theme: null },
    });
    const headers = lastHeaders();
    expect(headers["x-tags"]).toBe("a,b");
    expect(headers).not.toHaveProperty("if-none-match");
    expect(headers.cookie).toBe("session=s");
  });

  it("sends no Cookie header when the call has no cookie values", async () => {
    ok();
    await runtime.call(getProject, { path: { projectId: "p" } });
    expect(lastHeaders()).not.toHaveProperty("cookie");
  });

  it.each([
    ["Authorization", "Bearer someone-else"],
    ["authorization", "Bearer someone-else"],
    ["User-Agent", "spoofed/1"],
    ["Cookie", "session=x"],
    ["Content-Type", "text/plain"],
    ["Accept", "text/html"],
  ])("refuses a %s header argument before sending: the runtime owns it", async (name, value) => {
    ok();
    const error = await runtime.call(getReport, { path, header: { "X-Request-Id": "id", [name]: value }, cookie: { session: "s" } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as Error).message).toContain(`getReport: header "${name}" is set by the client itself`);
    expect((error as Error).message).not.toContain(value);
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{ "X-Request-Id": "a\r\nX-Injected: 1" }, /header parameter "X-Request-Id" contains a line break or NUL/],
    [{ "X-Request-Id": "id", "Bad Name": "v" }, /"Bad Name" is not a valid header name/],
  ])("refuses an unsendable header %j before sending, naming it", async (header, message) => {
    ok();
    await expect(runtime.call(getReport, { path, header, cookie: { session: "s" } })).rejects.toThrow(message);
    expect(server.requests).toHaveLength(0);
  });
});

/** Checked by `tsc --noEmit -p tsconfig.json` (each @ts-expect-error fails it if its line compiles); never called. */
export function requiredHeaderAndCookieTypes(client: ApiClient): unknown[] {
  return [
    // @ts-expect-error the required header X-Request-Id is missing
    client.getReport({ path: { reportId: "r" }, header: {}, cookie: { session: "s1" } }),
    // @ts-expect-error the header argument is missing, and with it X-Request-Id
    client.getReport({ path: { reportId: "r" }, cookie: { session: "s1" } }),
    // @ts-expect-error the required cookie argument is missing
    client.getReport({ path: { reportId: "r" }, header: { "X-Request-Id": "id" } }),
  ];
}

describe("the generated client of the header-cookie-params fixture", () => {
  it("sends its header and cookie arguments", async () => {
    ok();
    const client = createApiClient({ token: "t", baseUrl: server.url, retry: false });
    await client.getReport({ path: { reportId: "r" }, header: { "X-Request-Id": "from-generated" }, cookie: { session: "s1" } });
    expect(lastHeaders()["x-request-id"]).toBe("from-generated");
    expect(lastHeaders().cookie).toBe("session=s1");
  });
});

describe("parameterHeaders", () => {
  it.each([
    ["no arguments", undefined, undefined, null],
    ["only absent values", { A: undefined }, { b: null }, null],
    ["a number and a boolean", { "X-N": 3, "X-B": false }, undefined, { "X-N": "3", "X-B": "false" }],
    ["an object, simple style", { "X-O": { role: "admin", id: 5 } }, undefined, { "X-O": "role,admin,id,5" }],
    ["an empty string is still sent", { "X-E": "" }, undefined, { "X-E": "" }],
    ["cookies only", undefined, { s: "1" }, { Cookie: "s=1" }],
  ])("%s", (_name, header, cookie, want) => {
    expect(parameterHeaders("op", header, cookie)).toEqual(want);
  });
});

describe("cookieHeader", () => {
  it.each([
    ["one cookie", { session: "abc" }, "session=abc"],
    ["several, in argument order", { b: "2", a: "1" }, "b=2; a=1"],
    ["a list, each item encoded", { ids: ["a,b", "c"] }, "ids=a%2Cb,c"],
    ["an encoded name", { "my cookie": "v" }, "my%20cookie=v"],
    ["numbers", { n: 0 }, "n=0"],
    ["nothing to send", { n: undefined }, null],
  ])("%s", (_name, cookies, want) => {
    expect(cookieHeader("op", cookies)).toBe(want);
  });

  it("refuses a lone surrogate, naming the cookie", () => {
    expect(() => cookieHeader("op", { session: "\ud800" })).toThrow('op: cookie parameter "session" has a lone surrogate');
  });
});

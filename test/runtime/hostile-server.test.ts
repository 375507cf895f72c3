/**
 * A server that tries to lead the client astray: redirecting it (with the body) to
 * another origin, pacing it for weeks, echoing the token into every field, or sending an
 * endless body. Each is answered with a typed error, within the call's limits, over real
 * HTTP on 127.0.0.1.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createRuntime,
  ApiError,
  ConfigError,
  RedirectError,
  ResponseTooLargeError,
  RequestTimeoutError,
  type ClientOptions,
} from "../../runtime/index.js";
import { RateLimitTracker } from "../../runtime/rate-limit.js";
import { createProject, getProject, listProjects } from "./operations.js";
import { fakeClock, json, rateLimitHeaders, startServer, type TestServer } from "./server.js";

const TOKEN = "nf-SECRET-0123456789abcdef";

let api: TestServer;
let elsewhere: TestServer;
beforeAll(async () => {
  [api, elsewhere] = await Promise.all([startServer(), startServer()]);
});
afterAll(() => Promise.all([api.close(), elsewhere.close()]));

function runtime(options: ClientOptions = {}) {
  return createRuntime({ token: TOKEN, baseUrl: api.url, clock: fakeClock(), ...options });
}

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error);

describe("redirects are never followed", () => {
  it.each([307, 308, 302, 301, 303])("a create answered %i is a RedirectError, and the other origin receives nothing", async (status) => {
    api.reset((_request, response) => response.writeHead(status, { location: `${elsewhere.url}/v1/projects` }).end());
    elsewhere.reset((_request, response) => json(response, 200, { data: { id: "stolen" } }));
    const error = await failure(runtime().call(createProject, { body: { name: "demo", region: "europe-west" } }));
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status, location: `${elsewhere.url}/v1/projects`, operationId: "createProject" });
    expect((error as Error).message).toContain(`redirected (status ${status}) to ${elsewhere.url}/v1/projects`);
    expect(api.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });

  it("a 304 is not taken for a redirect", async () => {
    api.reset((_request, response) => response.writeHead(304).end());
    const error = await failure(runtime({ retry: false }).call(getProject, { path: { projectId: "p" } }));
    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 304 });
  });

  it("is not retried, even for an idempotent read", async () => {
    api.reset((_request, response) => response.writeHead(307, { location: `${elsewhere.url}/x` }).end());
    elsewhere.reset((_request, response) => json(response, 200, { data: {} }));
    expect(await failure(runtime().call(getProject, { path: { projectId: "p" } }))).toBeInstanceOf(RedirectError);
    expect(api.requests).toHaveLength(1);
    expect(elsewhere.requests).toHaveLength(0);
  });
});

describe("credentials in baseUrl", () => {
  it.each(["http://user:pass@127.0.0.1:1", "https://only-user@api.example.test"])("%s is refused when the client is made, without echoing them", (baseUrl) => {
    let error: unknown;
    try {
      createRuntime({ token: TOKEN, baseUrl });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain("must not contain credentials");
    expect((error as Error).message).toContain("[credentials]@");
    expect((error as Error).message).not.toMatch(/pass@|only-user/);
  });
});

describe("every wait is bounded", () => {
  it("a paced call facing a reset weeks away fails at once with a timeout, and sends nothing more", async () => {
    api.reset((_request, response) => json(response, 200, { data: {} }, rateLimitHeaders(1000, 0, 2_000_000)));
    const clock = fakeClock();
    const paced = createRuntime({ token: TOKEN, baseUrl: api.url, clock, timeoutMs: 5_000, rateLimit: { pacing: true } });
    await paced.call(listProjects, {});
    const error = await failure(paced.call(listProjects, {}));
    expect(error).toBeInstanceOf(RequestTimeoutError);
    expect((error as Error).message).toContain("pacing would hold the request past 5000 ms");
    expect(clock.sleeps).toEqual([]);
    expect(api.requests).toHaveLength(1);
  });

  it("the pacing bound is the smaller of timeoutMs and rateLimit.maxWaitMs", async () => {
    api.reset((_request, response) => json(response, 200, { data: {} }, rateLimitHeaders(1000, 1, 60)));
    const clock = fakeClock();
    const paced = createRuntime({ token: TOKEN, baseUrl: api.url, clock, timeoutMs: 120_000, rateLimit: { pacing: true, maxWaitMs: 10_000 } });
    await paced.call(listProjects, {});
    await paced.call(listProjects, {});
    // 60 s left for 2 requests: a slot every 30 s, over the 10 s maxWaitMs.
    expect(await failure(paced.call(listProjects, {}))).toBeInstanceOf(RequestTimeoutError);
  });

  it("a negative remaining counts as zero: the next slot is the reset, not an infinite sleep", () => {
    const tracker = new RateLimitTracker(0.1);
    tracker.observe(new Headers(rateLimitHeaders(1000, -1, 10)), 0);
    expect(tracker.state).toEqual({ limit: 1000, remaining: 0, resetAt: 10_000 });
    expect(tracker.pacingDelay(0, 15_000)).toBe(10_000);
    // The slot after it is past the bound: refused, and the slot stays free.
    expect(tracker.pacingDelay(0, 15_000)).toBeNull();
    expect(tracker.pacingDelay(0, 30_000)).toBe(20_000);
  });

  it.each([
    ["a negative Retry-After", { "retry-after": "-5" }],
    ["a Retry-After date in the past", { "retry-after": "Wed, 21 Oct 2015 07:28:00 GMT" }],
    ["a garbage Retry-After", { "retry-after": "soon" }],
    ["a 429 whose reset is in the past", rateLimitHeaders(1000, 0, -30)],
  ])("%s falls back to the normal backoff, not to retrying at once", async (_case, headers) => {
    api.reset((_request, response, index) => (index < 2 ? json(response, 429, { error: { message: "slow down" } }, headers) : json(response, 200, { data: {} })));
    const clock = fakeClock();
    await createRuntime({ token: TOKEN, baseUrl: api.url, clock, retry: { baseDelayMs: 400 } }).call(listProjects, {});
    expect(clock.sleeps).toHaveLength(2);
    // Full jitter draws from [0, 400) then [0, 800): zero only by a one-in-billions chance.
    for (const slept of clock.sleeps) expect(slept).toBeGreaterThan(0);
  });
});

describe("the token never leaves in any field", () => {
  it("an error id, a message and details that echo it are all redacted, in JSON and util.inspect", async () => {
    api.reset((request, response) =>
      json(response, 404, {
        error: { id: `missing-${TOKEN}`, message: `no project for ${request.headers.authorization}`, details: { echoed: [TOKEN] } },
      }),
    );
    const error = await failure(runtime({ retry: false }).call(getProject, { path: { projectId: "p" } }));
    expect(error).toMatchObject({ errorId: "missing-[redacted]", apiMessage: "no project for Bearer [redacted]", details: { echoed: ["[redacted]"] } });
    for (const text of [JSON.stringify(error), inspect(error, { depth: 8 }), String(error)]) expect(text).not.toContain(TOKEN);
  });

  it("text that merely contains a short token is left readable", async () => {
    api.reset((_request, response) => json(response, 404, { error: { message: 'No project with id "latest-tests" exists; test failed' } }));
    const error = await failure(runtime({ token: "test", retry: false }).call(getProject, { path: { projectId: "p" } }));
    expect((error as ApiError).apiMessage).toBe('No project with id "latest-tests" exists; [redacted] failed');
  });
});

describe("a response size cap", () => {
  it("refuses a declared length over the cap before reading the body", async () => {
    api.reset((_request, response) => json(response, 200, { data: "x".repeat(5_000) }));
    const error = await failure(runtime({ maxResponseBytes: 1_000 }).call(getProject, { path: { projectId: "p" } }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ status: 200, maxResponseBytes: 1_000, operationId: "getProject" });
    expect(api.requests).toHaveLength(1);
  });

  it("stops a streamed body at the cap, without buffering the rest, and never retries", async () => {
    let written = 0;
    api.reset((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = (): void => {
        // Bounded: the server gives up after 64 MB whether or not the client stopped reading.
        while (written < 64 * 1024 * 1024 && !response.destroyed) {
          written += chunk.length;
          if (!response.write(chunk)) return void response.once("drain", pump);
        }
        response.end();
      };
      response.on("close", () => undefined);
      pump();
    });
    const error = await failure(runtime({ maxResponseBytes: 256 * 1024 }).call(getProject, { path: { projectId: "p" } }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(api.requests).toHaveLength(1);
    expect(written).toBeLessThan(32 * 1024 * 1024);
  });

  it("lets a body within the cap through, chunked or not", async () => {
    api.reset((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ data: { id: "p" } }));
    });
    await expect(runtime({ maxResponseBytes: 1_000 }).call(getProject, { path: { projectId: "p" } })).resolves.toEqual({ id: "p" });
  });
});

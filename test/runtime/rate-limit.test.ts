import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime } from "../../runtime/index.js";
import { parseRetryAfter, RateLimitTracker } from "../../runtime/rate-limit.js";
import { getProject, listProjects } from "./operations.js";
import { fakeClock, json, rateLimitHeaders, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

describe("rate-limit state", () => {
  it("is parsed from every response into one state shared by all calls of a runtime", async () => {
    let remaining = 10;
    server.reset((_request, response) => json(response, 200, { data: {} }, rateLimitHeaders(10, --remaining, 120)));
    const clock = fakeClock();
    const runtime = createRuntime({ token: "t", baseUrl: server.url, clock });
    expect(runtime.rateLimit).toBeNull();
    await runtime.call(getProject, { path: { projectId: "a" } });
    expect(runtime.rateLimit).toEqual({ limit: 10, remaining: 9, resetAt: clock.time + 120_000 });
    await runtime.call(listProjects, {});
    expect(runtime.rateLimit?.remaining).toBe(8);
  });

  it("keeps the last state when a response lacks the headers", async () => {
    server.reset((_request, response, index) => json(response, 200, { data: {} }, index === 0 ? rateLimitHeaders(5, 4, 60) : {}));
    const runtime = createRuntime({ token: "t", baseUrl: server.url });
    await runtime.call(listProjects, {});
    await runtime.call(listProjects, {});
    expect(runtime.rateLimit?.remaining).toBe(4);
  });
});

describe("pacing", () => {
  it("is off by default: a low budget does not delay calls", async () => {
    server.reset((_request, response) => json(response, 200, { data: {} }, rateLimitHeaders(1000, 3, 600)));
    const clock = fakeClock();
    const runtime = createRuntime({ token: "t", baseUrl: server.url, clock });
    for (let i = 0; i < 3; i++) await runtime.call(listProjects, {});
    expect(clock.sleeps).toEqual([]);
  });

  it("spreads calls over the rest of the window once the budget is low", async () => {
    server.reset((_request, response) => json(response, 200, { data: {} }, rateLimitHeaders(1000, 3, 400)));
    const clock = fakeClock();
    // The calls may wait that long: pacing never holds a call past its timeoutMs or rateLimit.maxWaitMs.
    const patient = { timeoutMs: 300_000, rateLimit: { pacing: true, maxWaitMs: 300_000 } };
    const runtime = createRuntime({ token: "t", baseUrl: server.url, clock, ...patient });
    await runtime.call(listProjects, {});
    expect(clock.sleeps).toEqual([]);
    // 400 s left and 3 requests left: one slot every 100 s; concurrent calls queue for successive slots.
    await Promise.all([runtime.call(listProjects, {}), runtime.call(listProjects, {})]);
    expect(clock.sleeps).toEqual([100_000]);
  });

  it("does not pace while the budget is above the threshold", async () => {
    server.reset((_request, response) => json(response, 200, { data: {} }, rateLimitHeaders(1000, 500, 400)));
    const clock = fakeClock();
    const runtime = createRuntime({ token: "t", baseUrl: server.url, clock, rateLimit: { pacing: true, pacingThreshold: 0.2 } });
    await runtime.call(listProjects, {});
    await runtime.call(listProjects, {});
    expect(clock.sleeps).toEqual([]);
  });
});

describe("RateLimitTracker", () => {
  it("stores the reset as an absolute time", () => {
    const tracker = new RateLimitTracker(null);
    tracker.observe(new Headers(rateLimitHeaders(1000, 999, 3599)), 1_000);
    expect(tracker.state).toEqual({ limit: 1000, remaining: 999, resetAt: 3_600_000 });
  });

  it.each([
    ["5", 5_000],
    ["0", 0],
    ["Thu, 01 Jan 1970 00:00:10 GMT", 9_000],
    ["soon", null],
  ])("reads Retry-After %s as %s ms", (value, expected) => {
    expect(parseRetryAfter(new Headers({ "retry-after": value }), 1_000)).toBe(expected);
  });
});

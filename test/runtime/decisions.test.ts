/** Table tests for the small pure decisions: JSON pointers and when to retry. */
import { describe, expect, it } from "vitest";
import { ApiError, NetworkError, RequestTimeoutError } from "../../runtime/index.js";
import { readPointer } from "../../runtime/pointer.js";
import { backoffDelay, retryDelay, type RetryPolicy } from "../../runtime/retry.js";

describe("readPointer", () => {
  const document = { data: { items: [{ id: "a" }], "a/b": 1, "m~n": 2 }, pagination: { hasNextPage: false } };
  it.each([
    [null, document],
    ["", document],
    ["/data/items/0/id", "a"],
    ["/data/a~1b", 1],
    ["/data/m~0n", 2],
    ["/pagination/hasNextPage", false],
    ["/data/missing/deeper", undefined],
  ])("%s", (pointer, expected) => {
    expect(readPointer(document, pointer)).toEqual(expected);
  });
});

describe("retryDelay", () => {
  const policy: RetryPolicy = { maxRetries: 3, baseDelayMs: 100, maxDelayMs: 1_000, maxWaitMs: 5_000 };
  const label = { operationId: "op", method: "GET", pathTemplate: "/x" };
  const api = (status: number) => new ApiError("", { ...label, status });
  const network = (requestSent: boolean) => new NetworkError("", { ...label, requestSent });
  const timeout = new RequestTimeoutError("", { ...label, timeoutMs: 1 });

  it.each([
    ["429, create", api(429), false, 2_000, 2_000],
    ["429 waiting longer than maxWaitMs", api(429), true, 6_000, null],
    ["503 with Retry-After, idempotent", api(503), true, 300, 300],
    ["503, create", api(503), false, null, null],
    ["501, idempotent", api(501), true, null, null],
    ["404, idempotent", api(404), true, null, null],
    ["network error after sending, create", network(true), false, null, null],
    ["timeout, create", timeout, false, null, null],
    ["plain Error", new Error("x"), true, null, null],
  ])("%s", (_name, error, idempotent, serverWait, expected) => {
    expect(retryDelay(policy, error, idempotent, 1, serverWait)).toBe(expected);
  });

  it.each([
    ["network error before sending, create", network(false), false],
    ["network error after sending, idempotent", network(true), true],
    ["timeout, idempotent", timeout, true],
    ["503 without Retry-After, idempotent", api(503), true],
  ])("backs off for %s", (_name, error, idempotent) => {
    const delay = retryDelay(policy, error, idempotent, 2, null);
    expect(delay).not.toBeNull();
    expect(delay!).toBeGreaterThanOrEqual(0);
    expect(delay!).toBeLessThan(200);
  });

  it("stops after maxRetries", () => {
    expect(retryDelay(policy, api(429), true, 4, 0)).toBeNull();
  });

  it("caps the exponential backoff at maxDelayMs", () => {
    for (let retry = 1; retry < 20; retry++) expect(backoffDelay(policy, retry)).toBeLessThan(Math.min(1_000, 100 * 2 ** (retry - 1)) + 1e-9);
  });
});

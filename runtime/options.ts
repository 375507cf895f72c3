/**
 * Client options, their defaults, and their validation. Everything is checked once, when the
 * client is made, so a bad option fails there with NorthflankConfigError and not on a call.
 */
import { NorthflankConfigError, type NorthflankError } from "./errors.js";
import type { RateLimitOptions, RateLimitState } from "./rate-limit.js";
import type { RetryOptions, RetryPolicy } from "./retry.js";
import { DEFAULT_MAX_RESPONSE_BYTES } from "./bodyLimit.js";
import { PACKAGE_VERSION } from "./version.js";

export const DEFAULT_BASE_URL = "https://api.northflank.com";

/** Time, injectable so tests need not wait for real rate-limit resets and backoffs. */
export interface Clock {
  now(): number;
  /** Resolves after `ms`; rejects with `signal.reason` if the signal aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Hook payloads never hold the token: `headers` shows Authorization as "Bearer [redacted]". */
export interface RequestInfo {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** 1 for the first attempt. */
  readonly attempt: number;
}
export interface ResponseInfo {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly attempt: number;
  readonly durationMs: number;
  readonly rateLimit: RateLimitState | null;
}
export interface RetryInfo {
  readonly operationId: string;
  readonly method: string;
  /** The attempt that failed (1 for the first). */
  readonly attempt: number;
  readonly delayMs: number;
  readonly error: NorthflankError;
}
export interface Hooks {
  onRequest?(info: RequestInfo): void;
  onResponse?(info: ResponseInfo): void;
  onRetry?(info: RetryInfo): void;
}

export interface ClientOptions {
  /** API token. @default process.env.NORTHFLANK_API_TOKEN */
  token?: string;
  /** @default process.env.NORTHFLANK_API_URL, else "https://api.northflank.com" */
  baseUrl?: string;
  /** Per attempt: the clock starts when each request is sent. @default 30000 */
  timeoutMs?: number;
  /** A fetch implementation. @default globalThis.fetch */
  fetch?: typeof globalThis.fetch;
  /**
   * The largest response body the client reads, in bytes; a larger one rejects with
   * NorthflankResponseTooLargeError (never retried). @default 67108864 (64 MiB)
   */
  maxResponseBytes?: number;
  /** Appended to the User-Agent "northflank-openapi/<version>", e.g. "my-pipeline/1.2". */
  userAgent?: string;
  /** Retry policy; `false` sends every request once. */
  retry?: RetryOptions | false;
  rateLimit?: RateLimitOptions;
  hooks?: Hooks;
  clock?: Clock;
}

export interface ResolvedOptions {
  readonly token: string;
  readonly baseUrl: string;
  readonly timeoutMs: number;
  readonly maxResponseBytes: number;
  readonly fetch: typeof globalThis.fetch;
  readonly userAgent: string;
  readonly retry: RetryPolicy;
  readonly pacingThreshold: number | null;
  readonly hooks: Hooks;
  readonly clock: Clock;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    if (signal?.aborted) onAbort();
    else signal?.addEventListener("abort", onAbort);
  });
}

export const systemClock: Clock = { now: Date.now, sleep };

function env(name: string): string | undefined {
  // globalThis.process keeps this usable where there is no `process` (browsers, workers).
  return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
}

function fail(message: string): never {
  throw new NorthflankConfigError(message);
}

/** An optional numeric option: `fallback` when left out, else at least `min` (NorthflankConfigError otherwise). */
export function checkNumber(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  return typeof value === "number" && value >= min ? value : fail(`option ${name} must be a number >= ${min}, got ${String(value)}`);
}

function resolveToken(token = env("NORTHFLANK_API_TOKEN")): string {
  if (!token) fail("no API token: pass the token option or set NORTHFLANK_API_TOKEN (generate one in your account or team settings in the Northflank app)");
  // Never echo the token itself: the message would end up in logs.
  return typeof token === "string" && !/[\s\0]/.test(token) ? token : fail("the API token must be a string without whitespace");
}

/** A baseUrl as it may appear in a message: anything that could be credentials (`user:pass@`) masked. */
function showBaseUrl(baseUrl: string): string {
  return JSON.stringify(baseUrl.replace(/\/\/[^/?#]*@/, "//[credentials]@"));
}

function resolveBaseUrl(baseUrl = env("NORTHFLANK_API_URL") ?? DEFAULT_BASE_URL): string {
  let url: URL | undefined;
  try {
    url = new URL(baseUrl);
  } catch {
    fail(`baseUrl ${showBaseUrl(baseUrl)} is not a URL`);
  }
  if (!/^https?:$/.test(url.protocol)) fail(`baseUrl ${showBaseUrl(baseUrl)} must use http or https`);
  // Credentials in the URL would be sent to the server and printed in messages; the token authenticates.
  if (url.username !== "" || url.password !== "") fail(`baseUrl ${showBaseUrl(baseUrl)} must not contain credentials; pass the token option`);
  return baseUrl.replace(/\/+$/, "");
}

export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  const { userAgent, retry, rateLimit = {} } = options;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") fail("no fetch: pass the fetch option (this runtime has no global fetch)");
  if (userAgent !== undefined && /[\r\n\0]/.test(userAgent)) fail("userAgent must not contain line breaks");
  const retryOptions = retry === false ? { maxRetries: 0 } : (retry ?? {});
  return {
    token: resolveToken(options.token),
    baseUrl: resolveBaseUrl(options.baseUrl),
    timeoutMs: checkNumber("timeoutMs", options.timeoutMs, 30_000, 1),
    maxResponseBytes: checkNumber("maxResponseBytes", options.maxResponseBytes, DEFAULT_MAX_RESPONSE_BYTES, 1),
    fetch: fetchImpl,
    userAgent: `northflank-openapi/${PACKAGE_VERSION}${userAgent ? ` ${userAgent}` : ""}`,
    retry: {
      maxRetries: checkNumber("retry.maxRetries", retryOptions.maxRetries, 3, 0),
      baseDelayMs: checkNumber("retry.baseDelayMs", retryOptions.baseDelayMs, 500, 0),
      maxDelayMs: checkNumber("retry.maxDelayMs", retryOptions.maxDelayMs, 20_000, 0),
      maxWaitMs: checkNumber("rateLimit.maxWaitMs", rateLimit.maxWaitMs, 60_000, 0),
    },
    pacingThreshold: rateLimit.pacing ? checkNumber("rateLimit.pacingThreshold", rateLimit.pacingThreshold, 0.1, 0) : null,
    hooks: options.hooks ?? {},
    clock: options.clock ?? systemClock,
  };
}

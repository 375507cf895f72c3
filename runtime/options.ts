/**
 * Client options, their defaults, and their validation. Everything is checked once, when the
 * client is made, so a bad option fails there with NorthflankConfigError and not on a call.
 */
import { NorthflankConfigError, type NorthflankError } from "./errors.js";
import type { RateLimitOptions, RateLimitState } from "./rate-limit.js";
import type { RetryOptions, RetryPolicy } from "./retry.js";
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
  readonly fetch: typeof globalThis.fetch;
  readonly userAgent: string;
  readonly retry: RetryPolicy;
  readonly pacingThreshold: number | null;
  readonly hooks: Hooks;
  readonly clock: Clock;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export const systemClock: Clock = { now: Date.now, sleep };

function env(name: string): string | undefined {
  // globalThis.process keeps this usable where there is no `process` (browsers, workers).
  const value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  return value === "" ? undefined : value;
}

function checkNumber(name: string, value: number | undefined, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || Number.isNaN(value) || value < min) {
    throw new NorthflankConfigError(`option ${name} must be a number >= ${min}, got ${String(value)}`);
  }
  return value;
}

function resolveToken(option: string | undefined): string {
  const token = option ?? env("NORTHFLANK_API_TOKEN");
  if (token === undefined || token === "") {
    throw new NorthflankConfigError(
      "no API token: pass the token option or set NORTHFLANK_API_TOKEN (generate one in your account or team settings in the Northflank app)",
    );
  }
  // Never echo the token itself: the message would end up in logs.
  if (typeof token !== "string" || /[\s\0]/.test(token)) {
    throw new NorthflankConfigError("the API token must be a string without whitespace");
  }
  return token;
}

function resolveBaseUrl(option: string | undefined): string {
  const baseUrl = option ?? env("NORTHFLANK_API_URL") ?? DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new NorthflankConfigError(`baseUrl ${JSON.stringify(baseUrl)} is not a URL`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new NorthflankConfigError(`baseUrl ${JSON.stringify(baseUrl)} must use http or https`);
  }
  return baseUrl.replace(/\/+$/, "");
}

function resolveUserAgent(suffix: string | undefined): string {
  if (suffix !== undefined && /[\r\n\0]/.test(suffix)) {
    throw new NorthflankConfigError("userAgent must not contain line breaks");
  }
  return `northflank-openapi/${PACKAGE_VERSION}${suffix ? ` ${suffix}` : ""}`;
}

function resolveRetry(retry: RetryOptions | false | undefined, rateLimit: RateLimitOptions): RetryPolicy {
  const options = retry === false ? { maxRetries: 0 } : (retry ?? {});
  return {
    maxRetries: checkNumber("retry.maxRetries", options.maxRetries, 3, 0),
    baseDelayMs: checkNumber("retry.baseDelayMs", options.baseDelayMs, 500, 0),
    maxDelayMs: checkNumber("retry.maxDelayMs", options.maxDelayMs, 20_000, 0),
    maxWaitMs: checkNumber("rateLimit.maxWaitMs", rateLimit.maxWaitMs, 60_000, 0),
  };
}

export function resolveOptions(options: ClientOptions = {}): ResolvedOptions {
  const rateLimit = options.rateLimit ?? {};
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== "function") {
    throw new NorthflankConfigError("no fetch: pass the fetch option (this runtime has no global fetch)");
  }
  return {
    token: resolveToken(options.token),
    baseUrl: resolveBaseUrl(options.baseUrl),
    timeoutMs: checkNumber("timeoutMs", options.timeoutMs, 30_000, 1),
    fetch: fetchImpl,
    userAgent: resolveUserAgent(options.userAgent),
    retry: resolveRetry(options.retry, rateLimit),
    pacingThreshold: rateLimit.pacing ? checkNumber("rateLimit.pacingThreshold", rateLimit.pacingThreshold, 0.1, 0) : null,
    hooks: options.hooks ?? {},
    clock: options.clock ?? systemClock,
  };
}

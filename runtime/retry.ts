/**
 * When a failed attempt may be sent again, and after how long.
 *
 * Safe for every method: a 429 (the API refused before doing anything) and a connection that
 * failed before the request left. Only for operations the spec marks idempotent (x-idempotent):
 * a 5xx, a timeout, or a connection lost after sending, because the first attempt may have
 * taken effect and a create must never run twice.
 */
import { ApiError, NetworkError, RequestTimeoutError } from "./errors.js";

export interface RetryOptions {
  /** Retries after the first attempt; 0 turns retrying off. @default 3 */
  maxRetries?: number;
  /** The first backoff's upper bound; it doubles per retry (full jitter). @default 500 */
  baseDelayMs?: number;
  /** The cap on a computed backoff (a server's Retry-After is capped by rateLimit.maxWaitMs instead). @default 20000 */
  maxDelayMs?: number;
}

export interface RetryPolicy {
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  readonly maxWaitMs: number;
}

/** Exponential backoff with full jitter: a random delay in [0, min(cap, base * 2^(retry-1))). */
export function backoffDelay(policy: RetryPolicy, retry: number): number {
  return Math.random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));
}

/** A 501 means "not implemented": asking again cannot help. */
function isRetryableStatus(status: number): boolean {
  return status === 429 || (status >= 500 && status !== 501);
}

/**
 * The delay before retry number `retry` (1-based), or null when the error must be rethrown.
 * `serverWaitMs` is what the server asked for: Retry-After, else a 429's rate-limit reset.
 */
export function retryDelay(
  policy: RetryPolicy,
  error: unknown,
  idempotent: boolean,
  retry: number,
  serverWaitMs: number | null,
): number | null {
  if (retry > policy.maxRetries) return null;
  if (error instanceof ApiError) {
    if (!isRetryableStatus(error.status) || (error.status !== 429 && !idempotent)) return null;
    if (serverWaitMs === null) return backoffDelay(policy, retry);
    return serverWaitMs <= policy.maxWaitMs ? serverWaitMs : null;
  }
  if (error instanceof NetworkError) {
    return !error.requestSent || idempotent ? backoffDelay(policy, retry) : null;
  }
  if (error instanceof RequestTimeoutError) return idempotent ? backoffDelay(policy, retry) : null;
  return null;
}

/** Codes that mean the connection never opened, so the server cannot have seen the request. */
const NOT_SENT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_CONNECT_TIMEOUT"]);

export function isNotSentCode(code: string | undefined): boolean {
  return code !== undefined && NOT_SENT_CODES.has(code);
}

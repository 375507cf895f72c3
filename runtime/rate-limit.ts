/**
 * Northflank's rate limit (1000 requests an hour by default), as reported on every response:
 * `x-ratelimit-limit`, `x-ratelimit-remaining`, and `x-ratelimit-reset` (seconds until the
 * window resets). One tracker per runtime, shared by all its calls, iterators and waiters.
 */

/** The budget as of the latest response. Replaced (never mutated) on each response, so it is safe to keep. */
export interface RateLimitState {
  readonly limit: number;
  readonly remaining: number;
  /** When the window resets, in epoch milliseconds (the header is relative; this is absolute). */
  readonly resetAt: number;
}

export interface RateLimitOptions {
  /**
   * The longest the client waits for a 429's reset or Retry-After (or any server-requested delay)
   * before retrying. A longer requested wait rejects with the 429 instead of hanging a pipeline.
   * @default 60000
   */
  maxWaitMs?: number;
  /**
   * Spread calls evenly over the time left in the window once the remaining budget falls to
   * `pacingThreshold` of the limit, instead of spending it and meeting a 429.
   * @default false
   */
  pacing?: boolean;
  /** @default 0.1 */
  pacingThreshold?: number;
}

function headerNumber(headers: Headers, name: string): number {
  const raw = headers.get(name);
  return raw === null || raw === "" ? Number.NaN : Number(raw);
}

export class RateLimitTracker {
  state: RateLimitState | null = null;
  /** The earliest time the next paced request may start, so concurrent calls take turns. */
  private nextSlotAt = 0;

  constructor(private readonly pacingThreshold: number | null) {}

  /**
   * Reads the three headers; a response without all three (or with one that is not a
   * number) leaves the state as it was. Negative values, which no server means, count as 0.
   */
  observe(headers: Headers, now: number): void {
    const limit = headerNumber(headers, "x-ratelimit-limit");
    const remaining = headerNumber(headers, "x-ratelimit-remaining");
    const reset = headerNumber(headers, "x-ratelimit-reset");
    if (Number.isFinite(limit) && Number.isFinite(remaining) && Number.isFinite(reset)) {
      this.state = { limit: Math.max(0, limit), remaining: Math.max(0, remaining), resetAt: now + Math.max(0, reset) * 1000 };
    }
  }

  /**
   * How long to hold the next request when pacing is on; 0 while the budget is healthy.
   * `null` when the hold would be longer than `maxDelayMs`: the caller fails at once, and
   * the slot stays free for a call that can wait.
   */
  pacingDelay(now: number, maxDelayMs: number): number | null {
    const state = this.state;
    if (this.pacingThreshold === null || state === null || state.resetAt <= now) return 0;
    if (state.remaining > state.limit * this.pacingThreshold) return 0;
    const interval = (state.resetAt - now) / (state.remaining + 1);
    // With nothing left, the first request the server will take is the one after the reset.
    const slot = Math.max(now, this.nextSlotAt, state.remaining === 0 ? state.resetAt : now);
    if (slot - now > maxDelayMs) return null;
    this.nextSlotAt = slot + interval;
    return slot - now;
  }
}

/**
 * Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 section 10.2.3).
 * `null` when absent, unreadable, negative or in the past: the caller then backs off as it
 * would without one, rather than retrying at once.
 */
export function parseRetryAfter(headers: Headers, now: number): number | null {
  const raw = headers.get("retry-after");
  if (raw === null) return null;
  const seconds = Number(raw);
  if (raw.trim() !== "" && Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : null;
  const date = Date.parse(raw);
  return Number.isNaN(date) || date < now ? null : date - now;
}

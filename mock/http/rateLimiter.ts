/**
 * Northflank's rate limit, emulated: each token has a budget of `limit` requests per
 * window; the window starts at the token's first request (as the spec's description
 * says) and every response reports the budget in `x-ratelimit-*`. Once the budget is
 * spent, requests are refused (429) until the window resets.
 */
export interface RateLimitOptions {
  /** Requests per window. @default 1000 */
  readonly limit: number;
  /** Window length in milliseconds. @default 3_600_000 (an hour) */
  readonly windowMs: number;
}

export interface RateLimitVerdict {
  readonly allowed: boolean;
  readonly headers: Readonly<Record<string, string>>;
}

interface Window {
  startedAt: number;
  used: number;
}

export interface RateLimiter {
  /** Counts one request for `token` (when allowed) and says whether it may proceed. */
  take(token: string): RateLimitVerdict;
  /** The headers for a request that is not counted (no token). */
  peek(): Readonly<Record<string, string>>;
  reset(): void;
}

export function createRateLimiter(options: RateLimitOptions, now: () => number): RateLimiter {
  const windows = new Map<string, Window>();
  const headers = (remaining: number, resetMs: number) => ({
    "x-ratelimit-limit": String(options.limit),
    "x-ratelimit-remaining": String(remaining),
    "x-ratelimit-reset": String(Math.max(0, Math.ceil(resetMs / 1000))),
  });

  return {
    take(token) {
      const at = now();
      let window = windows.get(token);
      if (window === undefined || at - window.startedAt >= options.windowMs) {
        window = { startedAt: at, used: 0 };
        windows.set(token, window);
      }
      const resetMs = window.startedAt + options.windowMs - at;
      if (window.used >= options.limit) return { allowed: false, headers: headers(0, resetMs) };
      window.used += 1;
      return { allowed: true, headers: headers(options.limit - window.used, resetMs) };
    },
    peek: () => headers(options.limit, options.windowMs),
    reset: () => windows.clear(),
  };
}

/**
 * Turning openapi-fetch's result into what a call resolves or rejects with: the parsed 2xx
 * body, or an ApiError built from a `{ error: { message, id, details } }` body
 * (or from an excerpt of whatever else came back, such as a proxy's HTML page).
 */
import { describeRequest, ApiError, RedirectError, type RequestLabel } from "./errors.js";
import type { RateLimitState } from "./rate-limit.js";

const EXCERPT_LENGTH = 200;

/** A one-line, tag-free, bounded excerpt of a body that is not the error JSON below. */
export function excerpt(text: string): string {
  const flat = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/** The `{ error: { message, id, details } }` shape (Northflank's, and common), else a bounded excerpt of whatever came back. */
function errorParts(body: unknown): { apiMessage: string; errorId?: unknown; details?: unknown } {
  const error = (body as { error?: unknown } | null)?.error;
  if (error !== null && typeof error === "object") {
    const { message, id, details } = error as { message?: unknown; id?: unknown; details?: unknown };
    return { apiMessage: typeof message === "string" ? message : "", errorId: typeof id === "string" ? id : undefined, details };
  }
  return { apiMessage: body === undefined ? "" : excerpt(typeof body === "string" ? body : JSON.stringify(body)) };
}

/** A ApiError for one response (the runtime scrubs the token from every error it hands out). */
export function apiError(
  label: RequestLabel,
  response: Response,
  body: unknown,
  rateLimit: RateLimitState | null,
  retryAfterMs: number | null,
): ApiError {
  const { apiMessage, errorId, details } = errorParts(body);
  const message = apiMessage || response.statusText;
  return new ApiError(`${describeRequest(label)} failed with status ${response.status}${message ? `: ${message}` : ""}`, {
    ...label,
    status: response.status,
    apiMessage: message,
    errorId,
    details,
    rateLimit,
    retryAfterMs,
    // openapi-fetch hands over the parsed JSON, or the text when it would not parse.
    body: typeof body === "string" ? undefined : body,
  });
}

/**
 * A 3xx, which the client never follows. Where the platform hides redirects (a browser's
 * opaque redirect, status 0) the Location is unknown.
 */
export function redirectError(label: RequestLabel, response: Response, rateLimit: RateLimitState | null): RedirectError {
  const location = response.headers.get("location");
  const where = location === null ? "" : ` to ${location}`;
  const message = `${describeRequest(label)} was redirected (status ${response.status})${where}; the client does not follow redirects, so nothing was sent there (check baseUrl)`;
  return new RedirectError(message, {
    ...label,
    status: response.status,
    apiMessage: "",
    errorId: undefined,
    details: undefined,
    rateLimit,
    retryAfterMs: null,
    body: undefined,
    location,
  });
}

/**
 * Whether a response is a redirect that fetch handed back unfollowed (`redirect: "manual"`).
 * 304 Not Modified is a 3xx but no redirect: it stays an ordinary API error.
 */
export function isRedirect(response: Response): boolean {
  return (response.status >= 300 && response.status < 400 && response.status !== 304) || response.type === "opaqueredirect";
}

/** Returned by parseJsonBody for a body that is not JSON. */
export const NOT_JSON: unique symbol = Symbol("not JSON");

/** A JSON operation's 2xx body: empty means undefined (a 204, say); unparsable gives NOT_JSON. */
export function parseJsonBody(text: unknown): unknown {
  if (text === undefined || text === "") return undefined;
  try {
    return JSON.parse(text as string);
  } catch {
    return NOT_JSON;
  }
}

/** A 2xx whose body should be JSON and is not: an error, never a silently returned string. */
export function notJsonError(label: RequestLabel, response: Response, text: string, rateLimit: RateLimitState | null): ApiError {
  return apiError(label, response, `the response is not JSON: ${text}`, rateLimit, null);
}

/**
 * Turning openapi-fetch's result into what a call resolves or rejects with: the parsed 2xx
 * body, or a NorthflankApiError built from Northflank's `{ error: { message, id, details } }`
 * (or from an excerpt of whatever else came back, such as a proxy's HTML page).
 */
import { NorthflankApiError, type RequestLabel } from "./errors.js";
import type { RateLimitState } from "./rate-limit.js";

const EXCERPT_LENGTH = 200;

/** A one-line, tag-free, bounded excerpt of a body that is not Northflank's error JSON. */
export function excerpt(text: string): string {
  const flat = text.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();
  return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat;
}

/** Removes the token wherever a server echoed it back, so it cannot reach an error or a log. */
export function redact(text: string, token: string): string {
  return text.includes(token) ? text.split(token).join("[redacted]") : text;
}

function redactValue(value: unknown, token: string): unknown {
  if (value === undefined) return undefined;
  const json = JSON.stringify(value);
  return json !== undefined && json.includes(token) ? JSON.parse(redact(json, token)) : value;
}

interface ErrorParts {
  message: string;
  id: string | undefined;
  details: unknown;
}

/** openapi-fetch hands over the error body parsed as JSON when it could be, else as text. */
function errorParts(body: unknown): ErrorParts {
  const error = (body as { error?: unknown } | null)?.error;
  if (error !== null && typeof error === "object") {
    const { message, id, details } = error as { message?: unknown; id?: unknown; details?: unknown };
    return { message: typeof message === "string" ? message : "", id: typeof id === "string" ? id : undefined, details };
  }
  if (body === undefined || body === "") return { message: "", id: undefined, details: undefined };
  return { message: excerpt(typeof body === "string" ? body : JSON.stringify(body)), id: undefined, details: undefined };
}

export function apiError(
  label: RequestLabel,
  response: Response,
  body: unknown,
  token: string,
  rateLimit: RateLimitState | null,
  retryAfterMs: number | null,
): NorthflankApiError {
  const parts = errorParts(body);
  const message = redact(parts.message || response.statusText, token);
  return new NorthflankApiError(
    label,
    response.status,
    message,
    parts.id,
    redactValue(parts.details, token),
    rateLimit,
    retryAfterMs,
  );
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
export function notJsonError(
  label: RequestLabel,
  response: Response,
  text: string,
  token: string,
  rateLimit: RateLimitState | null,
): NorthflankApiError {
  const message = redact(`the response is not JSON: ${excerpt(text)}`, token);
  return new NorthflankApiError(label, response.status, message, undefined, undefined, rateLimit, null);
}

/**
 * Header and cookie parameters (OpenAPI 3.1 §4.8.12) as request headers. Headers use the
 * `simple` style: arrays and objects become comma-separated lists, sent as they are.
 * Cookies use the `form` style, one `name=value` pair each, name and value percent-encoded,
 * joined into one `Cookie` header (openapi-fetch 0.17 sends `params.header` but has no
 * cookie support). null and undefined values are left out.
 *
 * The runtime owns some headers: Authorization and User-Agent come from the client options,
 * Accept and Content-Type from the operation, Cookie from the `cookie` argument. A header
 * argument naming one of them is refused (ArgumentError, nothing sent) rather
 * than allowed to replace the token or identity silently. OpenAPI itself says header
 * parameters named Accept, Content-Type or Authorization are to be ignored.
 */
import { ArgumentError } from "./errors.js";

type Values = Readonly<Record<string, unknown>> | undefined;

/** Lower-case names of the headers the runtime sets itself. */
const OWNED_HEADERS: ReadonlySet<string> = new Set(["authorization", "user-agent", "accept", "content-type", "cookie"]);

/** An HTTP field name (RFC 9110 §5.1: a token). */
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** CR, LF and NUL would split or end the header: never sent, whatever the encoding. */
const UNSAFE_HEADER_VALUE = /[\r\n\0]/;

/** The items of an array, or an object's keys and values in turn (style simple/form, explode false). */
function listItems(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  if (typeof value === "object" && value !== null) return Object.entries(value).flat();
  return null;
}

function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/** One header argument's value as sent; the value itself is never echoed (it may be a secret). */
function headerValue(operationId: string, name: string, value: unknown): string {
  const items = listItems(value);
  const text = items === null ? String(value) : items.map(String).join(",");
  if (UNSAFE_HEADER_VALUE.test(text)) {
    throw new ArgumentError(`${operationId}: header parameter "${name}" contains a line break or NUL`);
  }
  return text;
}

function encodeCookiePart(operationId: string, name: string, text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    throw new ArgumentError(`${operationId}: cookie parameter "${name}" has a lone surrogate (not well-formed Unicode)`);
  }
}

/** `name=value`, both percent-encoded; list items encoded one by one, then joined with commas. */
function cookiePair(operationId: string, name: string, value: unknown): string {
  const items = listItems(value) ?? [value];
  const encoded = items.map((item) => encodeCookiePart(operationId, name, String(item))).join(",");
  return `${encodeCookiePart(operationId, name, name)}=${encoded}`;
}

/** The `Cookie` header for the cookie arguments, or null when none has a value. */
export function cookieHeader(operationId: string, cookies: Values): string | null {
  if (cookies === undefined) return null;
  const pairs: string[] = [];
  for (const name in cookies) {
    if (isPresent(cookies[name])) pairs.push(cookiePair(operationId, name, cookies[name]));
  }
  return pairs.length === 0 ? null : pairs.join("; ");
}

/**
 * The headers a call's `header` and `cookie` arguments add, or null when they add none.
 * Throws ArgumentError for a header the runtime owns or an unsendable value.
 */
export function parameterHeaders(operationId: string, headers: Values, cookies: Values): Record<string, string> | null {
  const result: Record<string, string> = {};
  let any = false;
  if (headers !== undefined) {
    for (const name in headers) {
      if (!HEADER_NAME.test(name)) {
        throw new ArgumentError(`${operationId}: ${JSON.stringify(name)} is not a valid header name`);
      }
      if (OWNED_HEADERS.has(name.toLowerCase())) {
        throw new ArgumentError(
          `${operationId}: header "${name}" is set by the client itself and cannot be a call argument` +
            " (Authorization and User-Agent come from the client options, cookies from the cookie argument)",
        );
      }
      if (!isPresent(headers[name])) continue;
      result[name] = headerValue(operationId, name, headers[name]);
      any = true;
    }
  }
  const cookie = cookieHeader(operationId, cookies);
  if (cookie !== null) {
    result.Cookie = cookie;
    any = true;
  }
  return any ? result : null;
}

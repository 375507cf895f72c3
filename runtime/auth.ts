/**
 * Credentials onto requests, by the security schemes of the profile (OpenAPI 3.1 §4.8.27):
 * a bearer token or basic credentials in Authorization, an API key in a header, the query or
 * a cookie. A requirement's alternatives are tried in order; the first whose credentials
 * were all given is used, so a client configured with an API key uses the API-key scheme.
 */
import type { AuthScheme, Security } from "./profile.js";

/** The credentials a client was given (options, else environment), already checked. */
export interface Credentials {
  readonly token?: string | undefined;
  readonly username?: string | undefined;
  readonly password?: string | undefined;
  /** One key for every API-key scheme, or one per scheme name. */
  readonly apiKey?: string | Readonly<Record<string, string>> | undefined;
}

export type Schemes = Readonly<Record<string, AuthScheme>>;

/** What one security requirement adds to a request. */
export interface Auth {
  readonly headers: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>> | null;
  /** `name=value` pairs for the Cookie header, percent-encoded. */
  readonly cookie: string | null;
}

/** Where one credential goes: `[in, name, value]`. */
type Part = readonly ["header" | "query" | "cookie", string, string];

/** Base64 of the UTF-8 bytes (RFC 7617 §2.1 leaves the charset to the server; UTF-8 is what servers expect). */
export function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function partOf(name: string, scheme: AuthScheme, given: Credentials): Part | null {
  const { token, username, password, apiKey } = given;
  if (scheme === "bearer") return token === undefined ? null : ["header", "Authorization", `Bearer ${token}`];
  if (scheme === "basic") {
    return username === undefined || password === undefined ? null : ["header", "Authorization", `Basic ${base64(`${username}:${password}`)}`];
  }
  const key = typeof apiKey === "object" ? apiKey[name] : apiKey;
  return key === undefined ? null : [scheme[0], scheme[1], key];
}

function combine(parts: readonly Part[]): Auth {
  const headers: Record<string, string> = {};
  let query: Record<string, string> | null = null;
  let cookie: string | null = null;
  for (const [place, name, value] of parts) {
    if (place === "header") headers[name] = value;
    else if (place === "query") (query ??= {})[name] = value;
    else cookie = `${cookie === null ? "" : `${cookie}; `}${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
  }
  return { headers, query, cookie };
}

/** The first alternative of `security` whose credentials were all given; null when none was. */
export function authFor(security: Security, schemes: Schemes, given: Credentials): Auth | null {
  if (security.length === 0) return combine([]);
  for (const names of security) {
    const parts = names.map((name) => (Object.hasOwn(schemes, name) ? partOf(name, schemes[name]!, given) : null));
    if (!parts.includes(null)) return combine(parts as Part[]);
  }
  return null;
}

/** Which options (and variables) the first alternative of `security` needs, for a message. */
export function missingCredentials(security: Security, schemes: Schemes, envPrefix: string | undefined): string {
  const orSet = (suffix: string): string => (envPrefix === undefined ? "" : ` or set ${envPrefix}${suffix}`);
  const wants = (security[0] ?? []).map((name) => {
    const scheme = schemes[name];
    if (scheme === "bearer") return `the token option${orSet("API_TOKEN")}`;
    if (scheme === "basic") return `the username and password options${orSet(`USERNAME and ${envPrefix}PASSWORD`)}`;
    return `the apiKey option${orSet("API_KEY")}`;
  });
  return `no credentials: pass ${[...new Set(wants)].join(", and ")}`;
}

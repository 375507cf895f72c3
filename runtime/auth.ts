/**
 * Credentials onto requests, by the security schemes of the profile (OpenAPI 3.1 §4.8.27):
 * a bearer token or basic credentials in Authorization, an API key in a header, the query or
 * a cookie. A requirement's alternatives are tried in order; the first whose credentials
 * were all given is used, so a client configured with an API key uses the API-key scheme.
 */
import { REDACTED } from "./redaction.js";
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
  /** The same headers as hook payloads show them: values redacted. */
  readonly shownHeaders: Readonly<Record<string, string>>;
  readonly query: Readonly<Record<string, string>> | null;
  /** `name=value` pairs for the Cookie header, percent-encoded. */
  readonly cookie: string | null;
}

interface Part {
  readonly in: "header" | "query" | "cookie";
  readonly name: string;
  readonly value: string;
  readonly shown: string;
}

/** Base64 of the UTF-8 bytes (RFC 7617 §2.1 leaves the charset to the server; UTF-8 is what servers expect). */
export function base64(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function partOf(name: string, scheme: AuthScheme, given: Credentials): Part | null {
  if (scheme === "bearer") {
    return given.token === undefined ? null : { in: "header", name: "Authorization", value: `Bearer ${given.token}`, shown: `Bearer ${REDACTED}` };
  }
  if (scheme === "basic") {
    if (given.username === undefined || given.password === undefined) return null;
    return { in: "header", name: "Authorization", value: `Basic ${base64(`${given.username}:${given.password}`)}`, shown: `Basic ${REDACTED}` };
  }
  const key = typeof given.apiKey === "object" ? given.apiKey[name] : given.apiKey;
  return key === undefined ? null : { in: scheme[0], name: scheme[1], value: key, shown: REDACTED };
}

function combine(parts: readonly Part[]): Auth {
  const headers: Record<string, string> = {};
  const shownHeaders: Record<string, string> = {};
  const query: Record<string, string> = {};
  const cookies: string[] = [];
  for (const part of parts) {
    if (part.in === "header") {
      headers[part.name] = part.value;
      shownHeaders[part.name] = part.shown;
    } else if (part.in === "query") query[part.name] = part.value;
    else cookies.push(`${encodeURIComponent(part.name)}=${encodeURIComponent(part.value)}`);
  }
  return { headers, shownHeaders, query: Object.keys(query).length > 0 ? query : null, cookie: cookies.length > 0 ? cookies.join("; ") : null };
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
  const wants = new Set(
    (security[0] ?? []).map((name) => {
      const scheme = Object.hasOwn(schemes, name) ? schemes[name] : undefined;
      if (scheme === undefined) return `credentials for security scheme ${JSON.stringify(name)}, which the client does not know`;
      if (scheme === "bearer") return `the token option${orSet("API_TOKEN")}`;
      if (scheme === "basic") return `the username and password options${orSet(`USERNAME and ${envPrefix}PASSWORD`)}`;
      return `the apiKey option${orSet("API_KEY")}`;
    }),
  );
  return `no credentials: pass ${[...wants].join(", and ")}`;
}

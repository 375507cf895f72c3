/**
 * Security Scheme and Security Requirement Objects (OpenAPI 3.1 §4.8.27, §4.8.30) as data:
 * the generated runtime profile's `schemes` and `security` (runtime/profile.ts), and what the
 * mock asks of a request. Schemes a client cannot send are left out, and so are requirement
 * alternatives that need one: a spec with such a scheme still generates, its client sends
 * nothing for it, and the mock asks nothing for it.
 */
import { resolveRefs } from "./refs.js";
import { arrayOrEmpty, isSpecObject, objectOrEmpty, stringOrNull, type SpecObject } from "./specData.js";

/** The runtime's AuthScheme, as data. */
export type AuthSchemeModel = "bearer" | "basic" | readonly ["header" | "query" | "cookie", string];

export type SecurityModel = readonly (readonly string[])[];

const API_KEY_PLACES: ReadonlySet<string> = new Set(["header", "query", "cookie"]);

/** How the runtime sends one scheme's credential; null for one it cannot (mutual TLS, digest, ...). */
export function authScheme(scheme: SpecObject): AuthSchemeModel | null {
  const type = stringOrNull(scheme.type);
  // OAuth 2 and OpenID Connect access tokens travel as bearer tokens (RFC 6750); the caller obtains them.
  if (type === "oauth2" || type === "openIdConnect") return "bearer";
  if (type === "http") {
    const httpScheme = stringOrNull(scheme.scheme)?.toLowerCase();
    return httpScheme === "bearer" || httpScheme === "basic" ? httpScheme : null;
  }
  const place = stringOrNull(scheme.in);
  const name = stringOrNull(scheme.name);
  return type === "apiKey" && place !== null && API_KEY_PLACES.has(place) && name ? [place as "header" | "query" | "cookie", name] : null;
}

/** `components.securitySchemes`, each one the runtime can send, in spec order. */
export function readSecuritySchemes(document: SpecObject): Map<string, AuthSchemeModel> {
  const schemes = new Map<string, AuthSchemeModel>();
  for (const [name, raw] of Object.entries(objectOrEmpty(objectOrEmpty(document.components).securitySchemes))) {
    const resolved = resolveRefs(document, raw);
    const scheme = isSpecObject(resolved) ? authScheme(resolved) : null;
    if (scheme !== null) schemes.set(name, scheme);
  }
  return schemes;
}

/**
 * A `security` array as alternatives of scheme names; null when `value` is absent (the
 * operation inherits the document's). Alternatives naming a scheme the runtime cannot send
 * are dropped; if that drops all of them, so that nothing could be sent, none are needed.
 */
export function readSecurity(value: unknown, schemes: ReadonlyMap<string, AuthSchemeModel>): SecurityModel | null {
  if (value === undefined) return null;
  const alternatives = arrayOrEmpty(value).filter(isSpecObject).map((requirement) => Object.keys(requirement));
  return alternatives.filter((names) => names.every((name) => schemes.has(name)));
}

/** Whether two requirements ask for the same thing (so an operation's own need not be carried). */
export function sameSecurity(a: SecurityModel, b: SecurityModel): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

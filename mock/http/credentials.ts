/**
 * What a request must present, by the spec's security (OpenAPI 3.1 §4.8.27, §4.8.30): the
 * operation's own `security`, else the document's. One alternative whose credentials are all
 * present lets the request in; a bearer token must be the one the mock was started with, if
 * any. No requirement (`security: []`, or a spec without schemes) asks for nothing. The
 * credentials found also name the request's rate-limit budget.
 */
import type { IncomingMessage } from "node:http";
import type { AuthSchemeModel, SecurityModel } from "../../openapi/security.js";
import { bearerToken } from "./bearerToken.js";

export interface MockSecurity {
  readonly schemes: ReadonlyMap<string, AuthSchemeModel>;
  /** The document's `security`, for operations without their own and for unknown routes. */
  readonly document: SecurityModel;
  /** The one bearer token accepted; null: any non-empty one. */
  readonly token: string | null;
}

export type CredentialCheck = { readonly ok: true; readonly budget: string } | { readonly ok: false; readonly message: string };

/** The budget of requests that need no credentials. */
const ANONYMOUS = "";

export function checkCredentials(request: IncomingMessage, query: URLSearchParams, required: SecurityModel, security: MockSecurity): CredentialCheck {
  if (required.length === 0 || required.some((names) => names.length === 0)) return { ok: true, budget: ANONYMOUS };
  let wrongToken = false;
  for (const names of required) {
    const values = names.map((name) => presented(request, query, security.schemes.get(name)!));
    if (values.some((value) => value === null)) continue;
    const bearer = names.findIndex((name) => security.schemes.get(name) === "bearer");
    if (bearer !== -1 && security.token !== null && values[bearer] !== security.token) {
      wrongToken = true;
      continue;
    }
    return { ok: true, budget: values.join("\n") };
  }
  return { ok: false, message: wrongToken ? "Unauthorized: the bearer token is not valid" : missingMessage(required[0]!, security.schemes) };
}

/** The credential a scheme reads from the request; null when it is absent or empty. */
function presented(request: IncomingMessage, query: URLSearchParams, scheme: AuthSchemeModel): string | null {
  if (scheme === "bearer") return bearerToken(request.headers.authorization);
  if (scheme === "basic") return /^Basic\s+(\S+)\s*$/i.exec(request.headers.authorization?.trim() ?? "")?.[1] ?? null;
  const [place, name] = scheme;
  const value = place === "header" ? headerValue(request, name) : place === "query" ? query.get(name) : cookieValue(request, name);
  return value === null || value === "" ? null : value;
}

function headerValue(request: IncomingMessage, name: string): string | null {
  const value = request.headers[name.toLowerCase()];
  return typeof value === "string" ? value : (value?.[0] ?? null);
}

function cookieValue(request: IncomingMessage, name: string): string | null {
  for (const pair of (request.headers.cookie ?? "").split(";")) {
    const separator = pair.indexOf("=");
    if (separator !== -1 && safeDecode(pair.slice(0, separator).trim()) === name) return safeDecode(pair.slice(separator + 1).trim());
  }
  return null;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** What the first alternative asks for, as the 401's message. */
function missingMessage(names: readonly string[], schemes: ReadonlyMap<string, AuthSchemeModel>): string {
  const wants = names.map((name) => describe(schemes.get(name)!));
  if (wants.length === 1 && schemes.get(names[0]!) === "bearer") return `Missing bearer token: send ${wants[0]}`;
  return `Missing credentials: send ${wants.join(" and ")}`;
}

function describe(scheme: AuthSchemeModel): string {
  if (scheme === "bearer") return "`Authorization: Bearer <token>`";
  if (scheme === "basic") return "`Authorization: Basic <base64 of user:password>`";
  const [place, name] = scheme;
  return place === "header" ? `the \`${name}\` header` : place === "query" ? `the \`${name}\` query parameter` : `the \`${name}\` cookie`;
}

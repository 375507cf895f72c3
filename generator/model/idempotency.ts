/**
 * Whether the client may resend an operation after a failure it cannot see the end
 * of. `x-idempotent` says so explicitly; without it, HTTP semantics decide
 * (RFC 9110 §9.2.2: GET, HEAD, OPTIONS, TRACE, PUT and DELETE are idempotent).
 */
import type { HttpMethod } from "./types.js";
import type { SpecObject } from "./specData.js";

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(["get", "head", "options", "trace", "put", "delete"]);

export function isIdempotent(method: HttpMethod, operation: SpecObject): boolean {
  const declared = operation["x-idempotent"];
  return typeof declared === "boolean" ? declared : IDEMPOTENT_METHODS.has(method);
}

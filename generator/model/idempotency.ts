/**
 * Whether the client may resend an operation after a failure it cannot see the end
 * of. `x-idempotent` says so explicitly; without it, HTTP semantics decide
 * (RFC 9110 §9.2.2: GET, HEAD, OPTIONS, TRACE, PUT and DELETE are idempotent).
 */
import type { HttpMethod } from "./types.js";

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(["get", "head", "options", "trace", "put", "delete"]);

/** `declared` is the operation's well-formed `x-idempotent`, if it has one. */
export function isIdempotent(method: HttpMethod, declared: boolean | undefined): boolean {
  return declared ?? IDEMPOTENT_METHODS.has(method);
}

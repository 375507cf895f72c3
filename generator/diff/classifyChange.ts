/**
 * Which changes can break a caller's code, as a table. The rule behind it: a request
 * may only accept more (a caller's existing values must stay valid), a response may
 * only promise more (a caller's existing reads must stay sound). So on the request side
 * narrowing breaks and widening does not; on the response side it is the reverse, except
 * for a value added to an open enum (`"a" | (string & {})`), which callers were told to
 * expect. Anything removed from the API, and a moved path or method, breaks.
 */
import type { ApiChange, ChangeKind, Side } from "./change.js";

export type Severity = "breaking" | "compatible";

export type Bump = "major" | "minor" | "patch";

type Rule = Severity | ((side: Side, openEnum: boolean) => Severity);

const onRequest = (request: Severity, response: Severity): Rule => (side) => (side === "request" ? request : response);

const RULES: Readonly<Record<ChangeKind, Rule>> = {
  "operation-removed": "breaking",
  "operation-added": "compatible",
  "type-removed": "breaking",
  "type-added": "compatible",
  "method-changed": "breaking",
  "path-changed": "breaking",
  "scope-removed": "breaking",
  "scope-added": "compatible",
  "scope-path-changed": "breaking",
  "pagination-removed": "breaking",
  "pagination-added": "compatible",
  "waiter-removed": "breaking",
  "waiter-added": "compatible",
  "argument-became-required": "breaking",
  "argument-became-optional": "compatible",
  "property-removed": "breaking",
  "property-added-optional": "compatible",
  "property-added-required": onRequest("breaking", "compatible"),
  "became-required": onRequest("breaking", "compatible"),
  "became-optional": onRequest("compatible", "breaking"),
  "enum-value-removed": (side, openEnum) => (side === "request" && !openEnum ? "breaking" : "compatible"),
  "enum-value-added": (side, openEnum) => (side === "response" && !openEnum ? "breaking" : "compatible"),
  "type-narrowed": onRequest("breaking", "compatible"),
  "type-widened": onRequest("compatible", "breaking"),
  "type-changed": "breaking",
};

export function classifyChange(change: Pick<ApiChange, "kind" | "side" | "openEnum">): Severity {
  const rule = RULES[change.kind];
  return typeof rule === "string" ? rule : rule(change.side, change.openEnum);
}

/** Semantic versioning for the generated client: major on any breaking change, minor on any other API change, else patch. */
export function suggestBump(severities: readonly Severity[]): Bump {
  if (severities.includes("breaking")) return "major";
  return severities.length > 0 ? "minor" : "patch";
}

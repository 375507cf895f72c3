/**
 * Turns ajv errors into Northflank's 400 body: a message that names the field
 * (`body/name must match pattern "..."`) and `details` listing every distinct problem.
 * Combinator errors (`must match a schema in anyOf`) only summarise the branch errors
 * before them, so a specific error is preferred for the message.
 */
import type { ErrorObject } from "ajv";
import { unescapePointerSegment } from "../../openapi/jsonPointer.js";

export interface ValidationDetail {
  /** Where the problem is: `body/name`, `query/per_page`, `path/projectId`, or `body` for the whole body. */
  readonly field: string;
  readonly message: string;
}

const SUMMARY_KEYWORDS = new Set(["anyOf", "oneOf", "allOf", "if", "not", "false schema"]);

/** `location` is the instance's root name (`body`), or `""` when the instance is `{ path, query }`. */
export function formatValidationErrors(errors: readonly ErrorObject[], location: string): ValidationDetail[] {
  const seen = new Set<string>();
  const details: ValidationDetail[] = [];
  for (const error of rankErrors(errors)) {
    const detail = toDetail(error, location);
    const key = `${detail.field} ${detail.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    details.push(detail);
  }
  return details;
}

/** The first detail as one sentence. */
export function validationMessage(details: readonly ValidationDetail[]): string {
  const first = details[0];
  if (first === undefined) return "Validation failed";
  const more = details.length > 1 ? ` (and ${details.length - 1} more, see details)` : "";
  return `${first.field} ${first.message}${more}`;
}

/** Specific errors first, deepest field first among them; stable otherwise. */
function rankErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  return errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => rank(a.error) - rank(b.error) || depth(b.error) - depth(a.error) || a.index - b.index)
    .map(({ error }) => error);
}

function rank(error: ErrorObject): number {
  if (error.keyword === "false schema") return 1;
  return SUMMARY_KEYWORDS.has(error.keyword) ? 2 : 0;
}

function depth(error: ErrorObject): number {
  return error.instancePath.split("/").length;
}

function toDetail(error: ErrorObject, location: string): ValidationDetail {
  const base = joinField(location, error.instancePath);
  if (error.keyword === "required") {
    return { field: joinField(base, "/" + String(error.params.missingProperty)), message: "is required" };
  }
  if (error.keyword === "additionalProperties") {
    return { field: joinField(base, "/" + String(error.params.additionalProperty)), message: "is not a known field" };
  }
  if (error.keyword === "false schema") return { field: base, message: "is not allowed here" };
  if (error.keyword === "enum") {
    const allowed = (error.params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ");
    return { field: base, message: `must be one of ${allowed}` };
  }
  return { field: base, message: error.message ?? `fails ${error.keyword}` };
}

function joinField(base: string, instancePath: string): string {
  const tail = instancePath
    .split("/")
    .slice(1)
    .map(unescapePointerSegment)
    .join("/");
  if (base === "") return tail === "" ? "request" : tail;
  return tail === "" ? base : `${base}/${tail}`;
}

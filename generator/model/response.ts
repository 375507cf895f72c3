/**
 * Responses Object (OpenAPI 3.1 §4.8.16) of one operation, and the decisions that
 * depend on the success responses: how the body is read and what a call resolves to.
 */
import type { ResponseHeaderModel, ResponseModel, ResponseParse } from "./types.js";
import { isSpecObject, objectOrEmpty, stringOrNull, type SpecObject } from "../../openapi/specData.js";
import { resolveRefs } from "../../openapi/refs.js";
import { isJsonMediaType, responseParseFor } from "./mediaType.js";
import { schemaKind } from "./schemaKind.js";

export function buildResponses(document: SpecObject, operation: SpecObject): ResponseModel[] {
  return Object.entries(objectOrEmpty(operation.responses)).map(([status, raw]) => {
    const response = resolveRefs(document, raw);
    const fields = isSpecObject(response) ? response : {};
    return {
      status,
      description: stringOrNull(fields.description),
      mediaTypes: Object.keys(objectOrEmpty(fields.content)),
      headers: buildHeaders(document, objectOrEmpty(fields.headers)),
    };
  });
}

/**
 * Header Objects (§4.8.21) the client reads: a value converts to its schema's integer, number
 * or boolean type, else stays text (a string, a `content` header). Arrays and objects are
 * left to the raw Response rather than guessed at, and `Content-Type` is ignored, as the
 * specification says.
 */
function buildHeaders(document: SpecObject, headers: SpecObject): ResponseHeaderModel[] {
  const read: ResponseHeaderModel[] = [];
  for (const [name, raw] of Object.entries(headers)) {
    const kind = schemaKind(document, objectOrEmpty(resolveRefs(document, raw)).schema);
    if (name.toLowerCase() === "content-type" || kind === "array" || kind === "object") continue;
    read.push({ name, type: kind === "integer" || kind === "number" || kind === "boolean" ? kind : "string" });
  }
  return read;
}

/**
 * The headers a call's 2xx response may carry, over all 2xx responses: the runtime does not
 * know beforehand which one comes, so a name declared with two types is read as text.
 */
export function successHeaders(responses: readonly ResponseModel[]): ResponseHeaderModel[] {
  const byName = new Map<string, ResponseHeaderModel>();
  for (const header of responses.filter((response) => isSuccessStatus(response.status)).flatMap((response) => response.headers)) {
    const seen = byName.get(header.name);
    byName.set(header.name, seen === undefined || seen.type === header.type ? header : { name: header.name, type: "string" });
  }
  return [...byName.values()];
}

/** 2xx statuses, exact (`201`) or ranged (`2XX`). */
export function isSuccessStatus(status: string): boolean {
  return /^2(\d\d|XX)$/i.test(status);
}

/** The media type of the first success response with content; `null` when none has a body. */
export function successMediaType(responses: readonly ResponseModel[]): string | null {
  const withBody = responses.filter((response) => isSuccessStatus(response.status) && response.mediaTypes.length > 0);
  const mediaTypes = withBody.flatMap((response) => response.mediaTypes);
  return mediaTypes.find(isJsonMediaType) ?? mediaTypes[0] ?? null;
}

export function responseParse(responses: readonly ResponseModel[]): ResponseParse {
  return responseParseFor(successMediaType(responses));
}

/**
 * The pointer a call resolves along: the operation's `x-result-pointer` if it has a
 * well-formed one (`null` there means the whole body), else the document's; only for
 * JSON bodies, since a pointer into text or binary means nothing.
 */
export function resultPointer(rootPointer: string | null, own: string | null | undefined, parse: ResponseParse, hasBody: boolean): string | null {
  if (parse !== "json" || !hasBody) return null;
  return own === undefined ? rootPointer : own;
}

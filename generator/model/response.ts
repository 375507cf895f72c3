/**
 * Responses Object (OpenAPI 3.1 §4.8.16) of one operation, and the decisions that
 * depend on the success responses: how the body is read and what a call resolves to.
 */
import type { ResponseModel, ResponseParse } from "./types.js";
import { isSpecObject, objectOrEmpty, stringOrNull, type SpecObject } from "../../openapi/specData.js";
import { resolveRefs } from "../../openapi/refs.js";
import { isJsonMediaType, responseParseFor } from "./mediaType.js";

export function buildResponses(document: SpecObject, operation: SpecObject): ResponseModel[] {
  return Object.entries(objectOrEmpty(operation.responses)).map(([status, raw]) => {
    const response = resolveRefs(document, raw);
    const fields = isSpecObject(response) ? response : {};
    return {
      status,
      description: stringOrNull(fields.description),
      mediaTypes: Object.keys(objectOrEmpty(fields.content)),
    };
  });
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

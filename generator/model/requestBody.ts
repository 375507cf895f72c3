/**
 * Request Body Object (OpenAPI 3.1 §4.8.13). The client sends one media type: the
 * first JSON-like one if the spec offers any (the common case, and the one openapi-fetch
 * serialises by default), else the first one listed.
 */
import type { RequestBodyModel } from "./types.js";
import { isSpecObject, objectOrEmpty, type SpecObject } from "../../openapi/specData.js";
import { resolveRefs } from "../../openapi/refs.js";
import { isJsonMediaType } from "./mediaType.js";
import { mediaTypeExamples } from "./examples.js";

export function buildRequestBody(document: SpecObject, operation: SpecObject): RequestBodyModel | null {
  const body = resolveRefs(document, operation.requestBody);
  if (!isSpecObject(body)) return null;
  const mediaTypes = Object.keys(objectOrEmpty(body.content));
  const mediaType = mediaTypes.find(isJsonMediaType) ?? mediaTypes[0];
  if (mediaType === undefined) return null;
  const examples = mediaTypeExamples(document, objectOrEmpty(body.content)[mediaType]);
  return { required: body.required === true, mediaType, mediaTypes, examples };
}

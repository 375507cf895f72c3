/**
 * Media-type decisions: which types are JSON, and how the runtime should read a
 * response body of a given type (docs/runtime-contract.md, `responseParse`).
 */
import type { ResponseParse } from "./types.js";

/** `application/json`, `application/problem+json`, `application/json; charset=utf-8`, `*\/*`-free. */
export function isJsonMediaType(mediaType: string): boolean {
  const essence = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  return essence === "application/json" || essence.endsWith("+json") || essence === "*/json";
}

/** Text is read as a string; anything else that is not JSON as a `Blob` (works in Node and browsers). */
export function responseParseFor(mediaType: string | null): ResponseParse {
  if (mediaType === null || isJsonMediaType(mediaType)) return "json";
  const essence = mediaType.split(";")[0]?.trim().toLowerCase() ?? "";
  if (essence.startsWith("text/") || essence === "application/xml" || essence.endsWith("+xml")) return "text";
  return "blob";
}

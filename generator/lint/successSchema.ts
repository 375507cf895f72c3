/**
 * The schema of an operation's 2xx JSON response body: what `x-result-pointer`,
 * `x-pagination` and `x-waiter` pointers point into.
 */
import type { OperationInfo } from "./operationVisitor.js";
import { deref, isRecord, type Resolved } from "./resolveRef.js";

/** The 2xx status codes of `responses`, in document order (`200`, `201`, `2XX`, ...). */
export function successStatuses(responses: unknown): string[] {
  return isRecord(responses) ? Object.keys(responses).filter((code) => /^2(\d\d|XX)$/i.test(code)) : [];
}

/** Every schema of a JSON media type (`application/json`, `application/*+json`) of a 2xx response. */
export function successJsonSchemas(info: OperationInfo): Resolved[] {
  const from = info.location.source.absoluteRef;
  const responses = info.operation.responses;
  return successStatuses(responses).flatMap((status) => {
    const response = deref(info.resolve, (responses as Record<string, unknown>)[status], from);
    if (!response || !isRecord(response.node) || !isRecord(response.node.content)) return [];
    return Object.entries(response.node.content).flatMap(([mediaType, media]) => {
      if (!isJsonMediaType(mediaType) || !isRecord(media) || media.schema === undefined) return [];
      const schema = deref(info.resolve, media.schema, response.from);
      return schema ? [schema] : [];
    });
  });
}

function isJsonMediaType(mediaType: string): boolean {
  return /^application\/(.+\+)?json\b/i.test(mediaType);
}

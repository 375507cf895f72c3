/**
 * The function name of an operation. From its operationId when it has one (the
 * contract: operation names are the spec's operationIds, made valid identifiers);
 * otherwise from the method and path, `GET /v1/projects/{projectId}` ->
 * `getV1ProjectsByProjectId`, which is stable as long as the path is.
 */
import type { HttpMethod } from "./types.js";
import { toCamelIdentifier } from "./identifier.js";
import { escapeReservedWord } from "./reservedWords.js";

export function operationName(operationId: string | null, method: HttpMethod, path: string): string {
  const fromId = operationId === null ? "" : toCamelIdentifier(operationId);
  const name = fromId !== "" ? fromId : nameFromMethodAndPath(method, path);
  return escapeReservedWord(name);
}

export function nameFromMethodAndPath(method: HttpMethod, path: string): string {
  const parts = path
    .split("/")
    .filter((segment) => segment.length > 0)
    .map((segment) => segment.replace(/^\{(.*)\}$/, "by $1"));
  return toCamelIdentifier([method, ...parts].join(" "));
}

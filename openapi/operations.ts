/**
 * Which operations a bundled document has, and in what order: the one reader the
 * generator's model and the mock share. Policy: spec order. Paths in the order the root
 * file lists them, and within a path item the methods in the order of OpenAPI's Path
 * Item Object (§4.8.9: get, put, post, delete, options, head, patch, trace). The
 * author's order is the order the API is documented in, so the generated modules read
 * the same way; bundling and YAML parsing both keep it.
 */
import { HTTP_METHODS, type HttpMethod } from "./httpMethods.js";
import { childPointer } from "./jsonPointer.js";
import { followRefs } from "./refs.js";
import { isSpecObject, objectOrEmpty, type SpecObject } from "./specData.js";

export interface OperationEntry {
  readonly path: string;
  readonly method: HttpMethod;
  readonly pathItem: SpecObject;
  readonly operation: SpecObject;
  /** JSON pointer of the operation under `/paths`, e.g. `/paths/~1v1~1projects/get`. */
  readonly pointer: string;
  /** Where the path item's content lives: `/paths/...`, or the target of its `$ref`. */
  readonly pathItemPointer: string;
}

/** A path item whose `$ref` does not resolve is left out (the loader reports it). */
export function listOperations(document: SpecObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, rawItem] of Object.entries(objectOrEmpty(document.paths))) {
    const item = resolvedPathItem(document, { value: rawItem, pointer: childPointer("/paths", path) });
    if (item === null) continue;
    for (const method of HTTP_METHODS) {
      const operation = item.value[method];
      if (!isSpecObject(operation)) continue;
      entries.push({ path, method, pathItem: item.value, operation, pointer: childPointer("/paths", path, method), pathItemPointer: item.pointer });
    }
  }
  return entries;
}

function resolvedPathItem(document: SpecObject, start: { value: unknown; pointer: string }): { value: SpecObject; pointer: string } | null {
  try {
    const { value, pointer } = followRefs(document, start);
    return isSpecObject(value) ? { value, pointer } : null;
  } catch {
    return null;
  }
}

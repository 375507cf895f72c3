/**
 * Which operations the document has, and in what order. Policy: spec order. Paths in
 * the order the root file lists them, and within a path item the methods in the
 * order of OpenAPI's Path Item Object (§4.8.9: get, put, post, delete, options, head,
 * patch, trace). The author's order is the order the API is documented in, so the
 * generated modules read the same way; bundling and YAML parsing both keep it.
 */
import { HTTP_METHODS } from "../../openapi/httpMethods.js";
import type { HttpMethod } from "./types.js";
import { isSpecObject, objectOrEmpty, type SpecObject } from "./specData.js";
import { childPointer } from "../../openapi/jsonPointer.js";
import { resolveRefs } from "../../openapi/refs.js";



export interface OperationEntry {
  readonly path: string;
  readonly method: HttpMethod;
  readonly pathItem: SpecObject;
  readonly operation: SpecObject;
  /** JSON pointer of the operation in the bundled document. */
  readonly pointer: string;
}

export function listOperations(document: SpecObject): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, rawItem] of Object.entries(objectOrEmpty(document.paths))) {
    const pathItem = resolveRefs(document, rawItem);
    if (!isSpecObject(pathItem)) continue;
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!isSpecObject(operation)) continue;
      entries.push({ path, method, pathItem, operation, pointer: childPointer("/paths", path, method) });
    }
  }
  return entries;
}

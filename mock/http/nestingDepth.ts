/**
 * A bound on how deeply a request body may nest. A few kilobytes of `{"a":{"a":...}}`
 * make every recursive step after parsing (schema validation, copying, encoding the
 * answer) overflow the stack; no Northflank payload comes near the bound.
 */
import { toPointer } from "../../openapi/jsonPointer.js";

export const MAX_BODY_DEPTH = 64;

/** The pointer of the first value nested deeper than `maxDepth` (the body itself is depth 1), or `null`. */
export function tooDeepAt(body: unknown, maxDepth: number): string | null {
  const pending: Array<{ readonly value: unknown; readonly path: readonly string[] }> = [{ value: body, path: [] }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (path.length >= maxDepth) return toPointer(path);
    for (const [key, child] of Object.entries(value)) pending.push({ value: child, path: [...path, key] });
  }
  return null;
}

/**
 * Whether a document marks any schema `readOnly` or `writeOnly`. Then openapi-typescript
 * is asked for its read/write markers (`$Read<T>`, `$Write<T>`, with the `Readable` and
 * `Writable` helpers in the schema file), and the generated argument and result types go
 * through them: a request leaves out read-only properties, a response write-only ones.
 * A document without such schemas gets neither, so its types and their type-check cost
 * stay as they were.
 */
import { valueAt } from "../../openapi/jsonPointer.js";

export function usesReadWriteMarkers(document: unknown): boolean {
  return scanInline(document).direct;
}

/**
 * Which parts of a document reach a readOnly or writeOnly schema, through `$ref`s. An
 * operation's argument type needs `Writable` only when its parameters or body reach one,
 * its result and error types `Readable` only when its responses do: elsewhere the helpers
 * change nothing but cost the type checker a deep mapped type per operation (GitHub's
 * description marks 101 properties; wrapping all 1,223 operations cost ~10 s of generation).
 */
export interface MarkerReach {
  /** Whether `node`, or a schema it refers to (at any depth), carries a marker. */
  reaches(node: unknown): boolean;
}

export function markerReach(document: unknown): MarkerReach {
  const marked = refsReachingMarkers(document);
  return {
    reaches(node) {
      const { direct, refs } = scanInline(node);
      return direct || refs.some((ref) => marked.has(ref));
    },
  };
}

/** Every `$ref` whose target carries a marker or refers, through other refs, to one that does. */
function refsReachingMarkers(document: unknown): Set<string> {
  const referrers = new Map<string, string[]>();
  const marked = new Set<string>();
  const pending = [...new Set(scanInline(document).refs)];
  const seen = new Set<string>(pending);
  while (pending.length > 0) {
    const ref = pending.pop()!;
    const { direct, refs } = scanInline(valueAt(document, ref));
    if (direct) marked.add(ref);
    for (const target of refs) {
      const list = referrers.get(target);
      if (list === undefined) referrers.set(target, [ref]);
      else list.push(ref);
      if (!seen.has(target)) {
        seen.add(target);
        pending.push(target);
      }
    }
  }
  // Marked-ness flows back from each marked target to whatever refers to it.
  const flowing = [...marked];
  while (flowing.length > 0) {
    for (const referrer of referrers.get(flowing.pop()!) ?? []) {
      if (!marked.has(referrer)) {
        marked.add(referrer);
        flowing.push(referrer);
      }
    }
  }
  return marked;
}

/**
 * A marker in `node` itself (not following refs), and the refs it holds. Only a boolean true
 * marks a schema: a property that is *named* readOnly holds a schema object.
 */
function scanInline(node: unknown): { direct: boolean; refs: string[] } {
  let direct = false;
  const refs: string[] = [];
  const pending: unknown[] = [node];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (!Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      if (record.readOnly === true || record.writeOnly === true) direct = true;
      if (typeof record.$ref === "string") refs.push(record.$ref);
    }
    pending.push(...Object.values(value));
  }
  return { direct, refs };
}

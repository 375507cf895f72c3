/**
 * JSON pointers (RFC 6901) into the bundled spec: enough to follow the internal
 * `$ref`s the bundler leaves (`#/components/parameters/ProjectId`) and to name the
 * place of a schema so ajv can compile it in place.
 */

/** `/paths/~1v1~1projects` from `["paths", "/v1/projects"]`. */
export function toPointer(segments: readonly string[]): string {
  return segments.map((segment) => "/" + segment.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

/** The value at `pointer` (with or without a leading `#`), or `undefined` when nothing is there. */
export function valueAt(document: unknown, pointer: string): unknown {
  const path = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (path === "") return document;
  let current: unknown = document;
  for (const raw of path.slice(1).split("/")) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string, unknown>)[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return current;
}

/** A value and the pointer it lives at, after following internal `$ref`s. */
export interface Located<T> {
  readonly value: T;
  readonly pointer: string;
}

/** Follows `{ $ref: "#/..." }` chains from `pointer`; throws naming the ref when one dangles or leaves the document. */
export function resolveAt(document: unknown, pointer: string): Located<unknown> {
  let current = { value: valueAt(document, pointer), pointer };
  for (let hops = 0; hops < 32; hops += 1) {
    const ref = refOf(current.value);
    if (ref === null) return current;
    if (!ref.startsWith("#/")) throw new Error(`${current.pointer}: $ref "${ref}" points outside the bundled document`);
    const target = valueAt(document, ref);
    if (target === undefined) throw new Error(`${current.pointer}: $ref "${ref}" points at nothing`);
    current = { value: target, pointer: ref.slice(1) };
  }
  throw new Error(`${pointer}: $ref chain is too long (a cycle?)`);
}

function refOf(value: unknown): string | null {
  if (value === null || typeof value !== "object") return null;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === "string" ? ref : null;
}

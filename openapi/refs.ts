/**
 * Following the internal `$ref`s of a bundled document (`#/components/...`; the loader has
 * turned every other reference into one), the one implementation the generator's model
 * and the mock share.
 */
import { valueAt } from "./jsonPointer.js";

/** More hops than any real chain: past it the chain is a cycle. */
export const MAX_REF_HOPS = 32;

/** A value and the pointer it lives at. */
export interface Located<T> {
  readonly value: T;
  readonly pointer: string;
}

export class RefError extends Error {
  override readonly name = "RefError";
}

/** The `$ref` string of a Reference Object, or `null` for anything else. */
export function refOf(value: unknown): string | null {
  if (value === null || typeof value !== "object") return null;
  const ref = (value as { $ref?: unknown }).$ref;
  return typeof ref === "string" ? ref : null;
}

/**
 * Every `$ref` string anywhere inside `node`, in no particular order, repeats included
 * (iterative: schemas may be deeper than the call stack; a node shared or looped through
 * YAML aliases is read once).
 */
export function refsIn(node: unknown): string[] {
  const refs: string[] = [];
  const pending: unknown[] = [node];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const ref = refOf(current);
    if (ref !== null) refs.push(ref);
    pending.push(...Object.values(current));
  }
  return refs;
}

/** Is `value` a Reference Object (`{ $ref: "<string>" }`, other keys allowed)? */
export function isReference(value: unknown): value is { readonly $ref: string } {
  return refOf(value) !== null;
}

/**
 * Follows `{ $ref: "#/..." }` from `start` until a value that is not a reference; throws a
 * RefError naming the place when a reference dangles, leaves the document or loops.
 */
export function followRefs(document: unknown, start: Located<unknown>): Located<unknown> {
  let current = start;
  for (let hops = 0; hops < MAX_REF_HOPS; hops += 1) {
    const ref = refOf(current.value);
    if (ref === null) return current;
    if (!ref.startsWith("#/")) throw new RefError(`${current.pointer}: $ref "${ref}" points outside the bundled document`);
    const target = valueAt(document, ref);
    if (target === undefined) throw new RefError(`${current.pointer}: $ref "${ref}" points at nothing`);
    current = { value: target, pointer: ref.slice(1) };
  }
  throw new RefError(`${start.pointer}: $ref chain is too long (a cycle?)`);
}

/** The value at `pointer`, its references followed. */
export function resolveAt(document: unknown, pointer: string): Located<unknown> {
  return followRefs(document, { value: valueAt(document, pointer), pointer });
}

/** `value` with its references followed; `undefined` when one dangles, leaves the document or loops. */
export function resolveRefs(document: unknown, value: unknown): unknown {
  try {
    return followRefs(document, { value, pointer: "" }).value;
  } catch (error) {
    if (error instanceof RefError) return undefined;
    throw error;
  }
}

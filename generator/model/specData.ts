/**
 * Reading the bundled document, which is untyped JSON: narrowing helpers and
 * resolution of internal `$ref`s (the loader leaves `#/components/...` refs in place).
 */
import { escapePointerSegment, parsePointer } from "../load/sourceLocation.js";

export type SpecObject = Readonly<Record<string, unknown>>;

export function isSpecObject(value: unknown): value is SpecObject {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function stringOrNull(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

export function objectOrEmpty(value: unknown): SpecObject {
  return isSpecObject(value) ? value : {};
}

export function arrayOrEmpty(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The value at a JSON pointer (`/a/b` or `#/a/b`) of `document`; `undefined` when absent. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  let node: unknown = document;
  for (const segment of parsePointer(pointer)) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Follows `$ref`s (internal ones only; the loader bundled the rest) until a non-reference. */
export function resolveRefs(document: unknown, value: unknown): unknown {
  const seen = new Set<string>();
  let node = value;
  while (isSpecObject(node) && typeof node.$ref === "string" && node.$ref.startsWith("#")) {
    if (seen.has(node.$ref)) return undefined;
    seen.add(node.$ref);
    node = valueAtPointer(document, node.$ref);
  }
  return node;
}

/** `/paths` + `/v1/{id}` -> `/paths/~1v1~1{id}`. */
export function pointerChild(pointer: string, ...segments: readonly (string | number)[]): string {
  return segments.reduce<string>((base, segment) => `${base}/${escapePointerSegment(String(segment))}`, pointer);
}

/**
 * Reading a bundled document, which is untyped JSON: narrowing helpers the generator and
 * the mock share. (Pointers and `$ref`s are read with jsonPointer.ts and refs.ts.)
 */

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


/** Small checks the descriptors of object-valued extensions share. */
import { isJsonPointer } from "../jsonPointer.js";
import type { ExtensionDescriptor, ShapeProblem } from "./descriptor.js";

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export function isNonEmptyString(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

export function isNonEmptyStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every(isNonEmptyString);
}

export type FieldCheck = (value: unknown) => string | null;

export const nonEmptyString: FieldCheck = (value) => (isNonEmptyString(value) ? null : "must be a non-empty string");
export const jsonPointer: FieldCheck = (value) => (isJsonPointer(value) ? null : 'must be a JSON pointer ("" or starting with "/")');
export const nonEmptyStringList: FieldCheck = (value) => (isNonEmptyStringList(value) ? null : "must be a non-empty list of non-empty strings");

/** The problems of an object with exactly these fields, each passing its check. */
export function objectFieldProblems(value: unknown, fields: Readonly<Record<string, FieldCheck>>): ShapeProblem[] {
  if (!isPlainObject(value)) return [{ path: [], message: `must be an object with ${Object.keys(fields).join(", ")}` }];
  const problems: ShapeProblem[] = [];
  for (const [field, check] of Object.entries(fields)) {
    if (!Object.hasOwn(value, field)) {
      problems.push({ path: [], message: `is missing ${field}`, atKey: true });
      continue;
    }
    const message = check(value[field]);
    if (message !== null) problems.push({ path: [field], message });
  }
  for (const field of Object.keys(value).filter((name) => !Object.hasOwn(fields, name))) {
    problems.push({ path: [field], message: "is not a field of this extension", atKey: true });
  }
  return problems;
}

/**
 * The descriptor of an operation extension whose value is an object with exactly
 * `fields`; `refine` adds the checks across fields (run only once every field is well-formed).
 */
export function objectExtension<T>(
  name: `x-${string}`,
  fields: Readonly<Record<string, FieldCheck>>,
  refine: (value: T) => ShapeProblem[] = () => [],
): ExtensionDescriptor<T> {
  return {
    name,
    on: "operation",
    read(value) {
      const problems = objectFieldProblems(value, fields);
      if (problems.length > 0) return { ok: false, problems };
      const refined = refine(value as T);
      return refined.length > 0 ? { ok: false, problems: refined } : { ok: true, value: value as T };
    },
  };
}

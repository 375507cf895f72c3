/**
 * A TypeScript type expanded structurally into plain data, so two generations of the
 * client can be compared without a type checker in the comparison. A type is kept as
 * the union of its families: strings, numbers and booleans (each all values, or a
 * known set: an enum), `null`, object alternatives, an array element type, and
 * anything else by its text. `never` is the empty shape.
 */

export interface TypeShape {
  /** `any` or `unknown`: every value. */
  readonly any: boolean;
  readonly string: ScalarDomain<string> | null;
  readonly number: ScalarDomain<number> | null;
  /** The boolean values present, sorted (`[false, true]` for `boolean`). */
  readonly boolean: readonly boolean[] | null;
  readonly null: boolean;
  /** Object alternatives, in the order the type lists them. */
  readonly objects: readonly ObjectShape[];
  /** The element type of the array alternatives, merged; `null` when none. */
  readonly array: TypeShape | null;
  /** Anything else (tuples, functions, bigint, ...) by its type text, sorted. */
  readonly other: readonly string[];
}

/**
 * `open`: any value of the primitive is accepted (`string`, or an open enum
 * `"a" | "b" | (string & {})`); `values`: the literals listed, sorted.
 */
export interface ScalarDomain<T> {
  readonly open: boolean;
  readonly values: readonly T[];
}

export interface ObjectShape {
  /** Sorted by name. */
  readonly properties: readonly PropertyShape[];
  /** The value type of a string index signature (`additionalProperties`); `null` without one. */
  readonly index: TypeShape | null;
  /** Set instead of the members when the type contains itself: its text. */
  readonly recursive: string | null;
}

export interface PropertyShape {
  readonly name: string;
  readonly optional: boolean;
  readonly type: TypeShape;
}

export const NEVER: TypeShape = { any: false, string: null, number: null, boolean: null, null: false, objects: [], array: null, other: [] };

export function isNever(shape: TypeShape): boolean {
  return (
    !shape.any && shape.string === null && shape.number === null && shape.boolean === null && !shape.null &&
    shape.objects.length === 0 && shape.array === null && shape.other.length === 0
  );
}

/** The families a shape has: `string`, `number`, `boolean`, `null`, `object`, `array`, or `other:<text>`. */
export function familiesOf(shape: TypeShape): string[] {
  return [
    ...(shape.string ? ["string"] : []),
    ...(shape.number ? ["number"] : []),
    ...(shape.boolean ? ["boolean"] : []),
    ...(shape.null ? ["null"] : []),
    ...(shape.objects.length > 0 ? ["object"] : []),
    ...(shape.array ? ["array"] : []),
    ...shape.other.map((text) => `other:${text}`),
  ];
}

const MAX_LISTED_PROPERTIES = 4;

/** A short text for messages: `"a" | "b"`, `string | null`, `{ id, name?, … }[]`. */
export function shapeText(shape: TypeShape): string {
  if (shape.any) return "any";
  const parts = [
    ...(shape.string ? [domainText(shape.string, "string", (value) => JSON.stringify(value))] : []),
    ...(shape.number ? [domainText(shape.number, "number", String)] : []),
    ...(shape.boolean ? [shape.boolean.length === 2 ? "boolean" : shape.boolean.map(String).join(" | ")] : []),
    ...shape.objects.map(objectText),
    ...(shape.array ? [arrayText(shape.array)] : []),
    ...shape.other,
    ...(shape.null ? ["null"] : []),
  ];
  return parts.length === 0 ? "never" : parts.join(" | ");
}

function domainText<T>(domain: ScalarDomain<T>, primitive: string, literal: (value: T) => string): string {
  const values = domain.values.map(literal);
  return [...values, ...(domain.open ? [primitive] : [])].join(" | ");
}

function objectText(object: ObjectShape): string {
  if (object.recursive !== null) return object.recursive;
  const names = object.properties.map((property) => `${property.name}${property.optional ? "?" : ""}`);
  const listed = names.length > MAX_LISTED_PROPERTIES ? [...names.slice(0, MAX_LISTED_PROPERTIES), "…"] : names;
  const index = object.index ? ["[key: string]"] : [];
  const members = [...listed, ...index];
  return members.length === 0 ? "{}" : `{ ${members.join(", ")} }`;
}

function arrayText(element: TypeShape): string {
  const text = shapeText(element);
  return text.includes(" | ") ? `(${text})[]` : `${text}[]`;
}

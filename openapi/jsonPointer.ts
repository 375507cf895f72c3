/**
 * JSON pointers (RFC 6901), the one implementation the generator, the linter, the mock
 * and the scripts share: escaping a key into a segment and back, splitting and joining
 * pointers (with or without the `#` of a URI fragment), and reading the value at one.
 * Decoding a segment is the runtime's (it ships on its own, and reads pointers at run time).
 */
import { unescapePointerSegment } from "../runtime/pointer.js";

export { unescapePointerSegment };

/** `a/b~c` -> `a~1b~0c`. */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

/** Is `value` a JSON pointer (RFC 6901): `""` or `/`-separated, with only `~0`/`~1` escapes? */
export function isJsonPointer(value: unknown): value is string {
  return typeof value === "string" && /^(\/([^~/]|~[01])*)*$/.test(value);
}

/** Splits `/a/b~1c` or `#/a/b~1c` into unescaped segments; `""`, `"/"`, `"#"`, `"#/"` are the root. Throws on a non-pointer. */
export function parsePointer(pointer: string): string[] {
  const body = pointer.startsWith("#") ? pointer.slice(1) : pointer;
  if (body === "" || body === "/") return [];
  if (!body.startsWith("/")) throw new Error(`Not a JSON pointer: ${JSON.stringify(pointer)}`);
  return body.slice(1).split("/").map(unescapePointerSegment);
}

/** `/paths/~1v1~1projects` from `["paths", "/v1/projects"]`. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((segment) => `/${escapePointerSegment(String(segment))}`).join("");
}

/** Appends segments to a pointer, in whichever form it is written (`#/a`, `/a`, or the root `#/`). */
export function childPointer(pointer: string, ...segments: readonly (string | number)[]): string {
  const base = pointer === "#/" ? "#" : pointer;
  return `${base}${toPointer(segments)}`;
}

/** The value at `pointer` in `document` (own properties only); `undefined` when nothing is there or it is not a pointer. */
export function valueAt(document: unknown, pointer: string): unknown {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return undefined;
  }
  let node: unknown = document;
  for (const segment of segments) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

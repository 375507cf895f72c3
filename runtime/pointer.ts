/**
 * JSON Pointer (RFC 6901) lookup, used for the spec's x-result-pointer, x-pagination and
 * x-waiter values (the spec linter checks their syntax). Pointers are few and fixed per
 * operation, so each is parsed once.
 */
const parsed = new Map<string, readonly string[]>();

/**
 * `a~1b~0c` -> `a/b~c`: one reference token decoded (RFC 6901 section 4: "~1" before "~0",
 * so "~01" decodes to "~1"). The one decoder of the code base: the toolchain's
 * openapi/jsonPointer.ts re-exports it, since the runtime ships on its own.
 */
export function unescapePointerSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

function parsePointer(pointer: string): readonly string[] {
  let tokens = parsed.get(pointer);
  if (tokens === undefined) {
    tokens = pointer.split("/").slice(1).map(unescapePointerSegment);
    parsed.set(pointer, tokens);
  }
  return tokens;
}

/** The value at `pointer` inside `document`; undefined when any step is missing. null means the whole document. */
export function readPointer(document: unknown, pointer: string | null): unknown {
  if (pointer === null) return document;
  let value = document;
  for (const token of parsePointer(pointer)) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<string, unknown>)[token];
  }
  return value;
}

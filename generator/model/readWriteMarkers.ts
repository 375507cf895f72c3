/**
 * Whether a document marks any schema `readOnly` or `writeOnly`. Then openapi-typescript
 * is asked for its read/write markers (`$Read<T>`, `$Write<T>`, with the `Readable` and
 * `Writable` helpers in the schema file), and the generated argument and result types go
 * through them: a request leaves out read-only properties, a response write-only ones.
 * A document without such schemas gets neither, so its types and their type-check cost
 * stay as they were.
 */

export function usesReadWriteMarkers(document: unknown): boolean {
  const pending: unknown[] = [document];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const value = pending.pop();
    if (typeof value !== "object" || value === null || seen.has(value)) continue;
    seen.add(value);
    if (!Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      // Only a boolean true marks a schema: a property that is *named* readOnly holds a schema object.
      if (record.readOnly === true || record.writeOnly === true) return true;
    }
    pending.push(...Object.values(value));
  }
  return false;
}

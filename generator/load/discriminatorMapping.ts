/**
 * Discriminator mappings that name schemas. OpenAPI 3.0.3 and 3.1 §4.8.25 (Discriminator
 * Object): a `mapping` value is "a schema name or reference"; 3.1.1 adds that a value that
 * could be both should be taken as the name. Redocly's bundler takes every value as a
 * reference, so `cat: Cat` became a file named `Cat` next to the spec that does not exist.
 * Before the bundler sees a parsed file, each value naming a schema of the root document's
 * `components.schemas` becomes a reference to it; any other value (`./cat.yaml`,
 * `#/components/schemas/Cat`) is left for the bundler to follow or report.
 */
import { escapePointerSegment } from "../../openapi/jsonPointer.js";
import { isSpecObject } from "../../openapi/specData.js";

/** Subtrees that hold data, not schemas: an example payload may hold `discriminator` as a plain key. */
const DATA_KEYS: ReadonlySet<string> = new Set(["example", "examples", "default", "enum", "const"]);

export interface MappingNamesOptions {
  /** The names in the root document's `components.schemas`: the names a mapping can mean. */
  readonly schemaNames: ReadonlySet<string>;
  /** How this file refers to the root document: `""` in the root itself, else a relative path to it. */
  readonly rootRef: string;
}

/** Rewrites, in place, each mapping value of `parsed` that names a root schema as a `$ref` string to it. */
export function mappingNamesAsRefs(parsed: unknown, options: MappingNamesOptions): void {
  const stack: unknown[] = [parsed];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    if (!isSpecObject(node) || Array.isArray(node)) continue;
    for (const [key, child] of Object.entries(node)) {
      if (DATA_KEYS.has(key) || key.startsWith("x-")) continue;
      if (key === "discriminator") rewriteMapping(child, options);
      stack.push(child);
    }
  }
}

function rewriteMapping(discriminator: unknown, options: MappingNamesOptions): void {
  if (!isSpecObject(discriminator) || typeof discriminator.propertyName !== "string") return;
  const mapping = discriminator.mapping;
  if (!isSpecObject(mapping)) return;
  const writable = mapping as Record<string, unknown>;
  for (const [value, target] of Object.entries(mapping)) {
    if (typeof target === "string" && isSchemaName(target, options.schemaNames)) {
      writable[value] = `${options.rootRef}#/components/schemas/${escapePointerSegment(target)}`;
    }
  }
}

/**
 * A name, not a reference: no `#` or `/` (a URI reference to a schema has one of them
 * unless it is a bare file name), and the root document has a schema of that name.
 */
function isSchemaName(target: string, schemaNames: ReadonlySet<string>): boolean {
  return !/[#/]/.test(target) && schemaNames.has(target);
}

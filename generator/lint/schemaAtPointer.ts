/**
 * Where a JSON pointer into a response body lands in that body's schema. Vendor
 * extensions name places in the body (`/data`, `/pagination/cursor`); a pointer is
 * valid when some branch of the schema (through `$ref`, `allOf`, `anyOf`, `oneOf`)
 * declares a property, or array items, at every step.
 */
import type { ResolveFn } from "@redocly/openapi-core/lib/walk.js";
import { parsePointer } from "../../openapi/jsonPointer.js";
import { deref, isRecord, type Resolved } from "./resolveRef.js";

/**
 * The schemas (one per matching branch) at `pointer` under `schema`; empty when the
 * pointer names nothing; `null` when a `$ref` on the way does not resolve, so the
 * answer is unknown (the loader reports the `$ref`).
 */
export function schemasAtPointer(resolve: ResolveFn, schema: Resolved, pointer: string): Resolved[] | null {
  const walk = new SchemaWalk(resolve);
  let current = walk.expand([schema]);
  for (const segment of parsePointer(pointer)) {
    current = walk.expand(current.flatMap((s) => walk.children(s, segment)));
    if (current.length === 0) break;
  }
  return walk.unresolved ? null : current;
}

/** The types a set of schemas allows (`type` may be a string or a list). */
export function schemaTypes(schemas: readonly Resolved[]): Set<string> {
  return new Set(
    schemas.flatMap((s) => {
      const type = isRecord(s.node) ? s.node.type : undefined;
      return typeof type === "string" ? [type] : Array.isArray(type) ? type.map(String) : [];
    }),
  );
}

/** Steps through schemas, remembering whether any `$ref` on the way failed to resolve. */
class SchemaWalk {
  unresolved = false;
  constructor(private readonly resolve: ResolveFn) {}

  /** The schemas of property `segment`, or of array items when `segment` is an index. */
  children(schema: Resolved, segment: string): Resolved[] {
    if (!isRecord(schema.node)) return [];
    const found: unknown[] = [];
    const properties = schema.node.properties;
    if (isRecord(properties) && Object.hasOwn(properties, segment)) found.push(properties[segment]);
    if (/^(0|[1-9]\d*)$/.test(segment) && schema.node.items !== undefined) found.push(schema.node.items);
    return found.flatMap((child) => this.deref(child, schema.from));
  }

  /** Adds the `allOf`/`anyOf`/`oneOf` branches of each schema, recursively, each once. */
  expand(schemas: Resolved[]): Resolved[] {
    const seen = new Set<unknown>();
    const out: Resolved[] = [];
    const visit = (schema: Resolved) => {
      if (seen.has(schema.node)) return;
      seen.add(schema.node);
      out.push(schema);
      if (!isRecord(schema.node)) return;
      for (const keyword of ["allOf", "anyOf", "oneOf"] as const) {
        const branches = schema.node[keyword];
        if (Array.isArray(branches)) branches.flatMap((branch) => this.deref(branch, schema.from)).forEach(visit);
      }
    };
    schemas.forEach(visit);
    return out;
  }

  private deref(node: unknown, from: string): Resolved[] {
    const resolved = deref(this.resolve, node, from);
    if (!resolved) this.unresolved = true;
    return resolved ? [resolved] : [];
  }
}

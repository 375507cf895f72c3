/**
 * The kind of value a Schema Object (OpenAPI 3.1 §4.8.24) describes, as far as serialisation
 * cares: its `type` (the first that is not "null" when it lists several), else what its
 * keywords imply. `null` when the schema does not say (a `oneOf`, `{}`).
 */
import { isSpecObject } from "../../openapi/specData.js";
import { resolveRefs } from "../../openapi/refs.js";

export type SchemaKind = "string" | "integer" | "number" | "boolean" | "array" | "object";

const KINDS: readonly SchemaKind[] = ["string", "integer", "number", "boolean", "array", "object"];

export function schemaKind(document: unknown, raw: unknown): SchemaKind | null {
  const schema = resolveRefs(document, raw);
  if (!isSpecObject(schema)) return null;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const declared = KINDS.find((kind) => types.includes(kind));
  if (declared !== undefined) return declared;
  if (schema.items !== undefined) return "array";
  return schema.properties !== undefined || schema.additionalProperties !== undefined ? "object" : null;
}

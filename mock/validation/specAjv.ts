/**
 * One ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect) holding the bundled document under
 * the id `spec`, so a validator compiled from `{ $ref: "spec#<pointer>" }` checks a value
 * against the spec's own schema with its internal `$ref`s resolving in place.
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";

/** ajv-formats is CommonJS; under NodeNext its default export is the module object. */
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const SPEC_ID = "spec";

export function newSpecAjv(document: Record<string, unknown>, options: { coerceTypes?: "array"; useDefaults?: boolean }): Ajv2020 {
  // strict: false because OpenAPI schemas carry keywords JSON Schema does not know
  // (`example`, `discriminator`, `x-*`); the spec's own lint checks their shape.
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, ...options });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: SPEC_ID });
  return ajv;
}

/** Each ajv walks the whole document when it is built, so it is built on first use, not at start-up. */
export function lazily<T>(create: () => T): () => T {
  let value: { readonly created: T } | null = null;
  return () => (value ??= { created: create() }).created;
}

/**
 * Response-side copies of shared schemas, so that response enums are open even inside a
 * named schema that requests use too (see schemaSides.ts: one TypeScript type cannot be
 * both closed and open). Before openapi-typescript runs, each named schema that both sides
 * reach and that holds a string enum (itself, or through another such schema) gets a copy
 * named `<Name>Response`, and every schema `$ref` reached from a response is pointed at the
 * copy. The copy is then response-only (its enums are opened) and the original serves
 * requests (closed). Plain copies, not a mapped type over results, keep tsc's work small.
 *
 * Copy names: `<Name>Response`, or `<Name>Response2`, `3`, ... when that name is taken,
 * assigned in code-unit order of the original names, so the result is deterministic.
 * Schemas that take part in a discriminator are not copied: openapi-typescript infers
 * discriminator values from schema names, which a copy would change.
 */
import { compareCodeUnits } from "../model/uniqueNames.js";
import { escapePointerSegment, unescapePointerSegment } from "../../openapi/jsonPointer.js";
import { SCHEMA_REF_PREFIX, schemaReach, schemaRefsIn, type Side } from "./schemaSides.js";

type Json = unknown;
type JsonObject = Record<string, Json>;

export const RESPONSE_COPY_SUFFIX = "Response";

/** The document with response-side copies added and response refs pointed at them; the input is not changed. */
export function withResponseCopies(document: JsonObject): JsonObject {
  const schemas = asObject(asObject(document.components).schemas);
  const reach = schemaReach(document);
  const copied = schemasToCopy(schemas, reach);
  if (copied.length === 0) return document;
  const renames = responseCopyNames(copied, Object.keys(schemas));
  const responseOnly = new Set([...reach.response].filter((name) => !reach.request.has(name)));
  // Built from entries, never by assignment: a schema may be named `__proto__` (see rewriteRefs).
  const nextSchemas = Object.fromEntries(
    Object.entries(schemas).flatMap(([name, schema]): [string, Json][] => {
      const own: [string, Json] = [name, responseOnly.has(name) ? rewriteRefs(schema, renames) : schema];
      const copy = renames.get(name);
      return copy === undefined ? [own] : [own, [copy, rewriteRefs(schema, renames)]];
    }),
  );
  return withResponseRootsRewritten({ ...document, components: { ...asObject(document.components), schemas: nextSchemas } }, renames);
}

/** Shared schemas that need a response-side copy, in code-unit order. */
export function schemasToCopy(schemas: JsonObject, reach: Readonly<Record<Side, ReadonlySet<string>>>): string[] {
  const excluded = discriminatorSchemas(schemas);
  const shared = [...reach.request].filter((name) => reach.response.has(name) && name in schemas && !excluded.has(name)).sort(compareCodeUnits);
  const copied = new Set(shared.filter((name) => holdsOpenableEnum(schemas[name])));
  // A shared schema that refers to a copied one is copied too, so its copy can refer to the response-side version.
  for (let grew = true; grew; ) {
    grew = false;
    for (const name of shared) {
      if (copied.has(name) || !refersToAny(schemas[name], copied)) continue;
      copied.add(name);
      grew = true;
    }
  }
  return shared.filter((name) => copied.has(name));
}

/** `<Name>Response`, numbered from 2 when taken by an existing schema or an earlier copy. */
export function responseCopyNames(copied: readonly string[], existing: Iterable<string>): Map<string, string> {
  const taken = new Set(existing);
  const names = new Map<string, string>();
  for (const name of [...copied].sort(compareCodeUnits)) {
    let candidate = `${name}${RESPONSE_COPY_SUFFIX}`;
    for (let number = 2; taken.has(candidate); number++) candidate = `${name}${RESPONSE_COPY_SUFFIX}${number}`;
    taken.add(candidate);
    names.set(name, candidate);
  }
  return names;
}

/** An `enum` of two or more values, one of them a string: what openEnums.ts opens. Refs are not followed. */
export function holdsOpenableEnum(schema: Json): boolean {
  return objectsIn(schema).some((node) => {
    const values = node.enum;
    return Array.isArray(values) && values.filter((value) => value !== null).length >= 2 && values.some((value) => typeof value === "string");
  });
}

function refersToAny(schema: Json, names: ReadonlySet<string>): boolean {
  return schemaRefsIn(schema).some((ref) => names.has(refName(ref)));
}

/** Schemas holding a discriminator, those it refers to or maps to, and those that refer to a holder (allOf children). */
function discriminatorSchemas(schemas: JsonObject): Set<string> {
  const holders = new Set<string>();
  const involved = new Set<string>();
  for (const [name, schema] of Object.entries(schemas)) {
    const discriminators = objectsIn(schema).filter(isDiscriminatorHolder);
    if (discriminators.length === 0) continue;
    holders.add(name);
    involved.add(name);
    for (const ref of schemaRefsIn(schema)) involved.add(refName(ref));
    for (const holder of discriminators) for (const target of mappingTargets(holder)) involved.add(target);
  }
  for (const [name, schema] of Object.entries(schemas)) {
    if (schemaRefsIn(schema).some((ref) => holders.has(refName(ref)))) involved.add(name);
  }
  return involved;
}

function isDiscriminatorHolder(node: JsonObject): boolean {
  return typeof asObject(node.discriminator).propertyName === "string";
}

/** The schema names a discriminator's mapping points at (values are refs or bare names). */
function mappingTargets(holder: JsonObject): string[] {
  return Object.values(asObject(asObject(holder.discriminator).mapping))
    .filter((value): value is string => typeof value === "string")
    .map((value) => (value.startsWith(SCHEMA_REF_PREFIX) ? refName(value) : value));
}

/** Every object inside `node`, itself included (iterative: schemas may be deep). */
function objectsIn(node: Json): JsonObject[] {
  const found: JsonObject[] = [];
  const stack: Json[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== "object") continue;
    if (!Array.isArray(current)) found.push(current as JsonObject);
    stack.push(...Object.values(current));
  }
  return found;
}

/** Response roots (operation responses, components.responses and .headers) with their schema refs renamed. */
function withResponseRootsRewritten(document: JsonObject, renames: ReadonlyMap<string, string>): JsonObject {
  const components = asObject(document.components);
  const paths: JsonObject = {};
  for (const [path, pathItem] of Object.entries(asObject(document.paths))) {
    const item: JsonObject = { ...asObject(pathItem) };
    for (const [key, operation] of Object.entries(item)) {
      const fields = asObject(operation);
      if ("responses" in fields) item[key] = { ...fields, responses: rewriteRefs(fields.responses, renames) };
    }
    paths[path] = item;
  }
  const rewritten: JsonObject = { ...components };
  for (const key of ["responses", "headers"]) if (key in components) rewritten[key] = rewriteRefs(components[key], renames);
  return { ...document, ...("paths" in document ? { paths } : {}), components: rewritten };
}

/** A copy of `node` with every `$ref` to a renamed schema pointed at its new name. */
function rewriteRefs(node: Json, renames: ReadonlyMap<string, string>): Json {
  if (Array.isArray(node)) return node.map((child) => rewriteRefs(child, renames));
  if (node === null || typeof node !== "object") return node;
  // From entries, not by assignment: `result["__proto__"] = ...` would set the prototype
  // and drop a property of that name, which a schema may have.
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, key === "$ref" && typeof value === "string" ? renamedRef(value, renames) : rewriteRefs(value, renames)]),
  );
}

function renamedRef(ref: string, renames: ReadonlyMap<string, string>): string {
  if (!ref.startsWith(SCHEMA_REF_PREFIX)) return ref;
  const [segment = "", ...rest] = ref.slice(SCHEMA_REF_PREFIX.length).split("/");
  const renamed = renames.get(unescapePointerSegment(segment));
  return renamed === undefined ? ref : [`${SCHEMA_REF_PREFIX}${escapePointerSegment(renamed)}`, ...rest].join("/");
}

function refName(ref: string): string {
  return unescapePointerSegment(ref.slice(SCHEMA_REF_PREFIX.length).split("/")[0] ?? "");
}


function asObject(value: Json): JsonObject {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as JsonObject) : {};
}

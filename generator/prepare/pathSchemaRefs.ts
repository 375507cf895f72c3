/**
 * Schemas that a `$ref` reaches inside `paths` (`#/paths/~1pets/post/requestBody/content/
 * application~1json/schema/properties/owner`), moved into `components.schemas` for
 * openapi-typescript. It writes such a ref as an index into `paths[...]`, through members that
 * are optional there (`requestBody?`), which strict tsc refuses. Each target becomes a named
 * schema, its old place and every ref to it point there, so recursion through the ref keeps
 * working. Only refs into a schema (below a `schema` of a media type, parameter or header) are
 * moved: a ref to a whole parameter or response is left as it is.
 */
import { SCHEMA_REF_PREFIX } from "./schemaSides.js";
import { escapePointerSegment, parsePointer, valueAt } from "../../openapi/jsonPointer.js";
import { refsIn } from "../../openapi/refs.js";

type JsonObject = Record<string, unknown>;

/** Segments that name a position in a schema or operation rather than a thing worth naming the schema after. */
const STRUCTURAL = new Set([
  "schema", "content", "properties", "items", "prefixItems", "additionalProperties", "allOf", "anyOf", "oneOf", "not",
  "parameters", "headers", "requestBody", "responses", "get", "put", "post", "delete", "options", "head", "patch", "trace",
]);

/** The document with path schemas hoisted; the input itself when it has no ref into one, else a changed copy. */
export function withPathSchemasHoisted(document: JsonObject): JsonObject {
  const targets = pathSchemaTargets(document).filter((pointer) => valueAt(document, pointer) !== undefined);
  if (targets.length === 0) return document;
  const copy = structuredClone(document);
  const schemas = schemasOf(copy);
  const names = targetNames(targets, new Set(Object.keys(schemas)));
  const refs = new Map(targets.map((pointer) => [pointer, `${SCHEMA_REF_PREFIX}${escapePointerSegment(names.get(pointer)!)}`]));
  pointRefs(copy, refs);
  // Deepest first: a shallower target's copy then holds a ref where the deeper one was.
  const byDepth = [...targets].sort((a, b) => parsePointer(b).length - parsePointer(a).length);
  for (const pointer of byDepth) {
    const segments = parsePointer(pointer);
    const parent = valueAt(copy, `#${segments.slice(0, -1).map((segment) => `/${escapePointerSegment(segment)}`).join("")}`) as JsonObject;
    const key = segments.at(-1)!;
    setOwn(schemas, names.get(pointer)!, parent[key]);
    setOwn(parent, key, { $ref: refs.get(pointer) });
  }
  return copy;
}

/** Every distinct `#/paths/...` ref that points into a schema, in code-unit order. */
function pathSchemaTargets(document: JsonObject): string[] {
  const targets = refsIn(document).filter((ref) => ref.startsWith("#/paths/") && isInsideSchema(ref));
  return [...new Set(targets)].sort();
}

function isInsideSchema(pointer: string): boolean {
  let segments: string[];
  try {
    segments = parsePointer(pointer);
  } catch {
    return false;
  }
  return segments.some((segment, index) => segment === "schema" && ["content", "parameters", "headers"].includes(segments[index - 2] ?? ""));
}

function targetNames(targets: readonly string[], taken: Set<string>): Map<string, string> {
  const names = new Map<string, string>();
  for (const pointer of targets) {
    const base = baseName(parsePointer(pointer));
    let name = base;
    for (let suffix = 2; taken.has(name); suffix++) name = `${base}${suffix}`;
    taken.add(name);
    names.set(pointer, name);
  }
  return names;
}

/** The last segment that names something (a property, else the path's last word), as a schema name. */
function baseName(segments: readonly string[]): string {
  const word = segments
    .slice(1)
    .reverse()
    .map(nameIn)
    .find((name) => name !== "");
  return word === undefined ? "PathSchema" : word.charAt(0).toUpperCase() + word.slice(1);
}

/** A segment's usable name: a path template's last literal word, nothing for media types, indexes and keywords. */
function nameIn(segment: string): string {
  if (segment.startsWith("/")) {
    const words = segment.split("/").filter((word) => word !== "" && !word.startsWith("{"));
    return (words.at(-1) ?? "").replace(/[^A-Za-z0-9_]/g, "");
  }
  if (STRUCTURAL.has(segment) || segment.includes("/") || /^\d+$/.test(segment)) return "";
  return segment.replace(/[^A-Za-z0-9_]/g, "");
}

function pointRefs(node: unknown, refs: ReadonlyMap<string, string>): void {
  if (typeof node !== "object" || node === null) return;
  const record = node as JsonObject;
  const target = typeof record.$ref === "string" ? refs.get(record.$ref) : undefined;
  if (target !== undefined) record.$ref = target;
  for (const child of Object.values(record)) pointRefs(child, refs);
}

function schemasOf(document: JsonObject): JsonObject {
  const components = ensureObject(document, "components");
  return ensureObject(components, "schemas");
}

function ensureObject(parent: JsonObject, key: string): JsonObject {
  const value = parent[key];
  if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as JsonObject;
  const created: JsonObject = {};
  setOwn(parent, key, created);
  return created;
}

/** An own data property even for the key `__proto__`, which plain assignment would turn into a prototype change. */
function setOwn(target: JsonObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

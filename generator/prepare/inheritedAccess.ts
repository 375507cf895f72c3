/**
 * readOnly / writeOnly that a whole named schema carries, copied onto each `$ref` to it.
 * openapi-typescript reads the flags on a property's own schema object only, so a property
 * `{ $ref: "#/components/schemas/AuditStamp" }` whose target is `readOnly: true` would stay
 * writable in requests. Beside a `$ref` the flag says nothing new (the target has it), so
 * the copy changes no meaning; it only puts the flag where openapi-typescript looks.
 * Runs only for documents that use the markers (see model/readWriteMarkers.ts).
 */
import { SCHEMA_REF_PREFIX } from "./schemaSides.js";
import { unescapePointerSegment } from "../../openapi/jsonPointer.js";
import { objectOrEmpty } from "../../openapi/specData.js";

type JsonObject = Record<string, unknown>;
type Access = { readonly readOnly: boolean; readonly writeOnly: boolean };

const NO_ACCESS: Access = { readOnly: false, writeOnly: false };

/** The document with the flags copied; the input is not changed, and unchanged parts are shared. */
export function withInheritedAccess(document: JsonObject): JsonObject {
  const schemas = objectOrEmpty(objectOrEmpty(document.components).schemas);
  const access = namedSchemaAccess(schemas);
  if (![...access.values()].some((flags) => flags.readOnly || flags.writeOnly)) return document;
  return copyFlags(document, access) as JsonObject;
}

/** Each named schema's own flags, following `$ref` aliases (`A: { $ref: B }`) to the end. */
function namedSchemaAccess(schemas: JsonObject): Map<string, Access> {
  const access = new Map<string, Access>();
  const resolve = (name: string, seen: Set<string>): Access => {
    const known = access.get(name);
    if (known !== undefined) return known;
    const schema = objectOrEmpty(Object.hasOwn(schemas, name) ? schemas[name] : undefined);
    const own = { readOnly: schema.readOnly === true, writeOnly: schema.writeOnly === true };
    const target = refName(schema.$ref);
    // A cycle of aliases has no flags to inherit beyond its members' own.
    const inherited = target === null || seen.has(target) ? NO_ACCESS : resolve(target, new Set([...seen, name]));
    const flags = { readOnly: own.readOnly || inherited.readOnly, writeOnly: own.writeOnly || inherited.writeOnly };
    access.set(name, flags);
    return flags;
  };
  for (const name of Object.keys(schemas)) resolve(name, new Set());
  return access;
}

function copyFlags(value: unknown, access: ReadonlyMap<string, Access>): unknown {
  if (Array.isArray(value)) return mapShared(value, (item) => copyFlags(item, access));
  if (typeof value !== "object" || value === null) return value;
  const record = value as JsonObject;
  let changed = false;
  // Entries, never assignment: a key may be `__proto__`.
  const entries = Object.entries(record).map(([key, child]): [string, unknown] => {
    const next = copyFlags(child, access);
    if (next !== child) changed = true;
    return [key, next];
  });
  const target = refName(record.$ref);
  const flags = target === null ? NO_ACCESS : (access.get(target) ?? NO_ACCESS);
  const addReadOnly = flags.readOnly && record.readOnly === undefined;
  const addWriteOnly = flags.writeOnly && record.writeOnly === undefined;
  if (addReadOnly) entries.push(["readOnly", true]);
  if (addWriteOnly) entries.push(["writeOnly", true]);
  return changed || addReadOnly || addWriteOnly ? Object.fromEntries(entries) : record;
}

function mapShared(items: readonly unknown[], map: (item: unknown) => unknown): readonly unknown[] {
  const next = items.map(map);
  return next.some((item, index) => item !== items[index]) ? next : items;
}

/** The named schema a `$ref` points at as a whole; null for other refs (into a schema's parts, or elsewhere). */
function refName(ref: unknown): string | null {
  if (typeof ref !== "string" || !ref.startsWith(SCHEMA_REF_PREFIX)) return null;
  const segment = ref.slice(SCHEMA_REF_PREFIX.length);
  return segment.includes("/") ? null : unescapePointerSegment(segment);
}


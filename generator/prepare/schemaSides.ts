/**
 * Which named schemas a client only ever receives. Response-side enums are emitted
 * open (a new value from the server must not break a user's build) and request-side
 * ones closed (the compiler should catch a value the server will reject). A schema
 * under `components/schemas` serves both sides when requests and responses both
 * reach it through `$ref`s; one TypeScript type cannot be both, so such a schema is
 * treated as request-side (closed) here, and responseCopies.ts first gives the ones
 * holding enums a response-side copy, so that responses see them open.
 */
import { unescapePointerSegment } from "../../openapi/jsonPointer.js";
import { refsIn } from "../../openapi/refs.js";

type Json = unknown;

export const SCHEMA_REF_PREFIX = "#/components/schemas/";

export type Side = "request" | "response";

export interface SchemaSides {
  /** Named schemas reachable from responses and not from requests. */
  readonly responseOnly: ReadonlySet<string>;
}

export function schemaSides(document: Record<string, unknown>): SchemaSides {
  const reach = schemaReach(document);
  return { responseOnly: new Set([...reach.response].filter((name) => !reach.request.has(name))) };
}

/** The named schemas (decoded names) that requests and that responses reach through `$ref`s. */
export function schemaReach(document: Record<string, unknown>): Record<Side, Set<string>> {
  const schemas = asRecord(asRecord(document.components).schemas);
  const roots = sideRoots(document);
  return { request: reachableSchemas(roots.request, schemas), response: reachableSchemas(roots.response, schemas) };
}

/** The parts of the document that are sent (request) and received (response). */
function sideRoots(document: Record<string, unknown>): Record<Side, Json[]> {
  const components = asRecord(document.components);
  const request: Json[] = [components.requestBodies, components.parameters];
  const response: Json[] = [components.responses, components.headers];
  for (const pathItem of Object.values(asRecord(document.paths))) {
    const item = asRecord(pathItem);
    request.push(item.parameters);
    for (const operation of Object.values(item)) {
      const fields = asRecord(operation);
      request.push(fields.parameters, fields.requestBody);
      response.push(fields.responses);
    }
  }
  return { request, response };
}

function reachableSchemas(roots: readonly Json[], schemas: Record<string, unknown>): Set<string> {
  const found = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    for (const ref of schemaRefsIn(node)) {
      const name = ref.slice(SCHEMA_REF_PREFIX.length).split("/")[0] ?? "";
      if (found.has(name)) continue;
      found.add(name);
      pending.push(schemas[unescapePointerSegment(name)]);
    }
  }
  return new Set([...found].map(unescapePointerSegment));
}

/** Every `$ref` to a named schema anywhere inside `node`. */
export function schemaRefsIn(node: Json): string[] {
  return refsIn(node).filter((ref) => ref.startsWith(SCHEMA_REF_PREFIX));
}

/** Which side the schema at an openapi-typescript path (`#/paths/~1a/post/responses/...`) is on. */
export function sideOfPath(path: string, sides: SchemaSides): Side {
  if (path.startsWith(SCHEMA_REF_PREFIX)) {
    const name = unescapePointerSegment(path.slice(SCHEMA_REF_PREFIX.length).split("/")[0] ?? "");
    return sides.responseOnly.has(name) ? "response" : "request";
  }
  if (path.startsWith("#/components/responses/") || path.startsWith("#/components/headers/")) return "response";
  return /\/responses\//.test(path) ? "response" : "request";
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

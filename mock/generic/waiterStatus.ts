/**
 * A generic resource whose GET has an `x-waiter` (a release-flow run, a template run, a
 * job build) moves on by itself, as the real one does: it reports a status that means
 * "still going" for two progression steps after it was created, then the waiter's first
 * `done` status. Aborting it settles it on its aborted (or first `failed`) status.
 */
import { parsePointer } from "../../openapi/jsonPointer.js";
import { resolveAt, resolveRefs } from "../../openapi/refs.js";
import type { MockOperation, MockWaiter } from "../spec/collectOperations.js";
import { isJsonObject } from "./jsonTree.js";

/** Steps a generic waited-on resource spends before it is done. */
const STEPS_TO_DONE = 2;

export interface WaiterStatuses {
  /** The status pointer within `data` (the waiter's pointer less the result pointer `/data`). */
  readonly pointerInData: string;
  readonly pending: string;
  readonly done: string;
  readonly aborted: string;
}

export function waiterStatuses(document: Record<string, unknown>, operation: MockOperation): WaiterStatuses | null {
  const waiter = operation.waiter;
  if (waiter === null || operation.success.schemaPointer === null) return null;
  const choices = statusEnum(document, operation.success.schemaPointer, waiter.statusPointer);
  const settled = new Set([...waiter.done, ...waiter.failed]);
  const going = choices.filter((status) => !settled.has(status));
  return {
    pointerInData: waiter.statusPointer.replace(/^\/data(?=\/)/, ""),
    pending: going.find((status) => /run|progress|pend|queue|start/i.test(status)) ?? going[0] ?? "RUNNING",
    done: waiter.done[0] ?? "SUCCESS",
    aborted: abortedStatus(waiter, choices),
  };
}

/** The status at `now` of something created at `createdAt`. */
export function statusAt(statuses: WaiterStatuses, createdAt: number, now: number, stepMs: number): string {
  return now - createdAt >= STEPS_TO_DONE * stepMs ? statuses.done : statuses.pending;
}

function abortedStatus(waiter: MockWaiter, choices: readonly string[]): string {
  const isAbort = (status: string) => /abort|cancel/i.test(status);
  return waiter.failed.find(isAbort) ?? choices.find(isAbort) ?? waiter.failed[0] ?? "ABORTED";
}

/** The `enum` of the schema the status pointer leads to, following `$ref`s, `properties` and `allOf`s. */
function statusEnum(document: Record<string, unknown>, schemaPointer: string, statusPointer: string): string[] {
  let schemas: unknown[] = [resolveAt(document, schemaPointer).value];
  for (const segment of parsePointer(statusPointer)) {
    schemas = schemas.flatMap((schema) => propertyCandidates(document, schema, segment));
  }
  return schemas.flatMap((schema) => (isJsonObject(schema) && Array.isArray(schema.enum) ? schema.enum.filter((v): v is string => typeof v === "string") : []));
}

function propertyCandidates(document: Record<string, unknown>, schema: unknown, name: string): unknown[] {
  if (!isJsonObject(schema)) return [];
  const found: unknown[] = [];
  const properties = schema.properties;
  if (isJsonObject(properties) && properties[name] !== undefined) found.push(resolveRefs(document, properties[name]));
  for (const keyword of ["allOf", "anyOf", "oneOf"]) {
    const parts = schema[keyword];
    if (Array.isArray(parts)) for (const part of parts) found.push(...propertyCandidates(document, resolveRefs(document, part), name));
  }
  return found;
}

/**
 * Following `$ref`s inside a Redocly visitor. Rules read raw nodes (a Parameter may
 * be `{ $ref: ../common/parameters.yaml#/ProjectId }`); each `$ref` is relative to
 * the file it is written in, so a resolved node carries that file along.
 */
import type { Location } from "@redocly/openapi-core/lib/ref-utils.js";
import type { ResolveFn } from "@redocly/openapi-core/lib/walk.js";
import { isReference, MAX_REF_HOPS } from "../../openapi/refs.js";

export interface Resolved {
  readonly node: unknown;
  /** Absolute path of the file the node is written in (the base for its own `$ref`s). */
  readonly from: string;
  /** Where the node is written; `null` for an inline node whose place is not tracked. */
  readonly location: Location | null;
}

/** Follows `$ref` chains from `node` (written in `from`); `null` when a `$ref` does not resolve. */
export function deref(resolve: ResolveFn, node: unknown, from: string, location: Location | null = null): Resolved | null {
  let current: Resolved = { node, from, location };
  for (let hops = 0; isReference(current.node); hops++) {
    if (hops > MAX_REF_HOPS) return null; // a $ref cycle; the loader and struct rules report those
    const result = resolve(current.node, current.from);
    if (!result.location || result.node === undefined) return null;
    current = { node: result.node, from: result.location.source.absoluteRef, location: result.location };
  }
  return current;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

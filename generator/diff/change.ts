/**
 * One difference between two API surfaces, before it is classified. `subject` is the
 * operation (or `components.schemas.<Name>` for a named type); `path` the field inside
 * it (`body.description`, `query.per_page`, `result.items[].status`), `""` for the
 * subject itself. `side` says which way values flow: a request is built by the
 * caller, a response read by the caller; that decides whether a change can break them.
 */

export type Side = "request" | "response" | "api";

export const CHANGE_KINDS = [
  "operation-removed",
  "operation-added",
  "type-removed",
  "type-added",
  "method-changed",
  "path-changed",
  "scope-removed",
  "scope-added",
  "scope-path-changed",
  "pagination-removed",
  "pagination-added",
  "waiter-removed",
  "waiter-added",
  "argument-became-required",
  "argument-became-optional",
  "property-removed",
  "property-added-optional",
  "property-added-required",
  "became-required",
  "became-optional",
  "enum-value-removed",
  "enum-value-added",
  "type-narrowed",
  "type-widened",
  "type-changed",
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface ApiChange {
  readonly kind: ChangeKind;
  readonly side: Side;
  readonly subject: string;
  readonly path: string;
  /** What it was and what it is now, as short text; `null` where there is nothing. */
  readonly before: string | null;
  readonly after: string | null;
  /** For enum values: whether the enum (after the change) also takes any other value. */
  readonly openEnum: boolean;
}

export function apiChange(fields: Omit<ApiChange, "openEnum" | "before" | "after"> & Partial<Pick<ApiChange, "openEnum" | "before" | "after">>): ApiChange {
  return { before: null, after: null, openEnum: false, ...fields };
}

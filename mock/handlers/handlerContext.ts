/**
 * What every operation handler receives, and what it returns: the JSON body of the 200
 * response (`{ data }`, plus `pagination` on list operations). Errors are thrown as
 * MockHttpError. Handlers are keyed by operationId, so they do not depend on paths.
 */
import type { MockStore, OwnerState } from "../state/mockStore.js";
import type { ProgressionTiming } from "../state/progression.js";
import type { Json } from "../state/records.js";

export interface HandlerContext {
  /** Path parameters, validated (scope parameters such as `teamId` included). */
  readonly path: Readonly<Record<string, string>>;
  /** Query parameters, validated, coerced and with the spec's defaults filled in. */
  readonly query: Readonly<Record<string, unknown>>;
  /** The validated JSON body; `{}` when the request had none. */
  readonly body: Json;
  /** Whose resources the request acts on (the team of a team-scoped path, else the token's account). */
  readonly owner: OwnerState;
  readonly store: MockStore;
  /** The request's time, in epoch milliseconds. */
  readonly now: number;
  readonly timing: ProgressionTiming;
}

export type OperationHandler = (context: HandlerContext) => unknown;

/** A required path parameter (validation guarantees it; the check keeps the types honest). */
export function pathParam(context: HandlerContext, name: string): string {
  const value = context.path[name];
  if (value === undefined) throw new Error(`path parameter "${name}" missing after validation`);
  return value;
}

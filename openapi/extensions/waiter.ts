/** `x-waiter` on a get operation: a helper that polls it until a status is done or failed. */
import type { ShapeProblem } from "./descriptor.js";
import { jsonPointer, nonEmptyStringList, objectExtension, type FieldCheck } from "./fields.js";

export interface Waiter {
  /** The helper's name, an identifier (`waitForServiceBuild`). */
  readonly name: string;
  readonly statusPointer: string;
  readonly done: readonly string[];
  readonly failed: readonly string[];
}

const identifier: FieldCheck = (value) => (typeof value === "string" && /^[A-Za-z_$][\w$]*$/.test(value) ? null : "must be an identifier");

/** A status cannot mean both done and failed. */
function overlap(waiter: Waiter): ShapeProblem[] {
  return waiter.failed.flatMap((status, index) => (waiter.done.includes(status) ? [{ path: ["failed", index], message: `"${status}" is in both done and failed` }] : []));
}

export const waiterExtension = objectExtension<Waiter>("x-waiter", { name: identifier, statusPointer: jsonPointer, done: nonEmptyStringList, failed: nonEmptyStringList }, overlap);

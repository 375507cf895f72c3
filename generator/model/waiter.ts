/** `x-waiter` (spec/README.md, "Vendor extensions"): a helper that polls a get operation. */
import type { WaiterModel } from "./types.js";
import { isSpecObject, type SpecObject } from "./specData.js";
import { pointerKeys } from "./jsonPointer.js";
import { toCamelIdentifier } from "./identifier.js";
import { escapeReservedWord } from "./reservedWords.js";

export type WaiterResult = { readonly waiter: WaiterModel | null; readonly error: string | null };

export function readWaiter(operation: SpecObject): WaiterResult {
  const raw = operation["x-waiter"];
  if (raw === undefined) return { waiter: null, error: null };
  if (!isSpecObject(raw)) return { waiter: null, error: "x-waiter must be an object" };
  const { name, statusPointer, done, failed } = raw;
  if (typeof name !== "string" || toCamelIdentifier(name) === "") return { waiter: null, error: "x-waiter needs a name" };
  if (typeof statusPointer !== "string" || pointerKeys(statusPointer) === null) {
    return { waiter: null, error: "x-waiter statusPointer must be a JSON pointer" };
  }
  if (!isStringList(done) || !isStringList(failed)) return { waiter: null, error: "x-waiter done and failed must be lists of strings" };
  return { waiter: { name: escapeReservedWord(toCamelIdentifier(name)), statusPointer, done, failed }, error: null };
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}

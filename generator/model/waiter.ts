/** `x-waiter` (spec/README.md, "Vendor extensions"): a helper that polls a get operation, read through its descriptor. */
import { waiterExtension } from "../../openapi/extensions/index.js";
import { readExtensionValue } from "./extensionValue.js";
import { toCamelIdentifier } from "./identifier.js";
import { escapeReservedWord } from "./reservedWords.js";
import type { SpecObject } from "../../openapi/specData.js";
import type { WaiterModel } from "./types.js";

export type WaiterResult = { readonly waiter: WaiterModel | null; readonly error: string | null };

export function readWaiter(operation: SpecObject): WaiterResult {
  const { value, error } = readExtensionValue(waiterExtension, operation);
  if (value === undefined) return { waiter: null, error };
  const { name, statusPointer, done, failed } = value;
  return { waiter: { name: escapeReservedWord(toCamelIdentifier(name)), statusPointer, done: [...done], failed: [...failed] }, error: null };
}

/**
 * The model's side of the vendor-extension descriptors (openapi/extensions): a present
 * extension is read through its descriptor, so the model accepts exactly the shapes lint
 * accepts, and a malformed one becomes a problem (named like lint's) instead of a guess.
 */
import { describeProblems, type ExtensionDescriptor } from "../../openapi/extensions/index.js";
import type { SpecObject } from "../../openapi/specData.js";

export interface ExtensionValue<T> {
  /** `undefined` when absent or malformed. */
  readonly value: T | undefined;
  readonly error: string | null;
}

export function readExtensionValue<T>(descriptor: ExtensionDescriptor<T>, holder: SpecObject): ExtensionValue<T> {
  if (!Object.hasOwn(holder, descriptor.name)) return { value: undefined, error: null };
  const result = descriptor.read(holder[descriptor.name]);
  return result.ok ? { value: result.value, error: null } : { value: undefined, error: describeProblems(descriptor.name, result.problems) };
}

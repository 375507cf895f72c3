/**
 * Lint's side of the vendor-extension descriptors (openapi/extensions): reads a present
 * extension through its descriptor, reports each shape problem at its place, and hands
 * the rule the well-formed value for the checks that need the rest of the document.
 */
import type { Location } from "@redocly/openapi-core/lib/ref-utils.js";
import type { Problem } from "@redocly/openapi-core/lib/walk.js";
import type { ExtensionDescriptor } from "../../openapi/extensions/index.js";

/** The extension's value on `holder` when present and well-formed; `null` otherwise (its problems reported). */
export function readExtension<T>(
  descriptor: ExtensionDescriptor<T>,
  holder: Record<string, unknown>,
  location: Location,
  report: (problem: Problem) => void,
): T | null {
  if (!Object.hasOwn(holder, descriptor.name)) return null;
  const result = descriptor.read(holder[descriptor.name]);
  if (result.ok) return result.value;
  for (const problem of result.problems) {
    const at = location.child([descriptor.name, ...problem.path]);
    const name = [descriptor.name, ...problem.path].join(".");
    report({ message: `\`${name}\` ${problem.message}`, location: problem.atKey === true ? at.key() : at });
  }
  return null;
}

export function fieldLocation(location: Location, extension: string, field: string): Location {
  return location.child([extension, field]);
}

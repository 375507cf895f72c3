/**
 * Checks a JSON pointer that a vendor extension aims into the 2xx response body:
 * well-formed, naming something in the body schema, and (optionally) of a given type.
 */
import type { Location } from "@redocly/openapi-core/lib/ref-utils.js";
import type { OperationInfo } from "./operationVisitor.js";
import type { Resolved } from "./resolveRef.js";
import { isJsonPointer } from "../../openapi/jsonPointer.js";
import { schemasAtPointer, schemaTypes } from "./schemaAtPointer.js";
import { successJsonSchemas } from "./successSchema.js";

export interface BodyPointerCheck {
  readonly info: OperationInfo;
  readonly pointer: unknown;
  /** What to call it in messages, e.g. "`x-pagination.itemsPointer`". */
  readonly label: string;
  readonly location: Location;
  /** JSON types the target may have; unchecked when the schema states no type. */
  readonly types?: readonly string[];
}

/** Reports what is wrong and returns the schemas the pointer lands on (empty when invalid). */
export function checkBodyPointer(check: BodyPointerCheck): Resolved[] {
  const { info, pointer, label, location } = check;
  if (!isJsonPointer(pointer)) {
    info.report({ message: `${label} must be a JSON pointer like "/data", not ${JSON.stringify(pointer)}`, location });
    return [];
  }
  const bodies = successJsonSchemas(info);
  if (bodies.length === 0) return []; // nf/operation-success-schema reports that
  const found = bodies.map((body) => schemasAtPointer(info.resolve, body, pointer));
  if (found.includes(null)) return []; // a $ref on the way is dangling: the loader reports it
  const targets = found.flatMap((schemas) => schemas ?? []);
  if (targets.length === 0) {
    info.report({ message: `${label} "${pointer}" names nothing in the 2xx response schema`, location });
    return [];
  }
  const types = schemaTypes(targets);
  if (check.types && types.size > 0 && !check.types.some((type) => types.has(type))) {
    const message = `${label} "${pointer}" must point at a ${check.types.join(" or ")}, the schema says ${[...types].join(" or ")}`;
    info.report({ message, location });
  }
  return targets;
}

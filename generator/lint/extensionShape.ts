/**
 * Shared checks for object-valued vendor extensions on an operation: the value is an
 * object, has each required field with the right JSON type, and no unknown field.
 */
import type { Location } from "@redocly/openapi-core/lib/ref-utils.js";
import type { OperationInfo } from "./operationVisitor.js";
import { isRecord } from "./resolveRef.js";

export type FieldKind = "string" | "string[]";

/**
 * Reports shape problems of `operation[extension]` and returns the fields that have
 * the right kind (so later checks look only at well-typed values), or `null` if the
 * value is not an object at all.
 */
export function checkExtensionShape(
  info: OperationInfo,
  extension: string,
  fields: Readonly<Record<string, FieldKind>>,
): Map<string, unknown> | null {
  const value = info.operation[extension];
  const at = info.location.child([extension]);
  if (!isRecord(value)) {
    info.report({ message: `\`${extension}\` must be an object with ${listFields(fields)}`, location: at });
    return null;
  }
  const good = new Map<string, unknown>();
  for (const [field, kind] of Object.entries(fields)) {
    if (!Object.hasOwn(value, field)) {
      info.report({ message: `\`${extension}\` is missing \`${field}\``, location: at.key() });
    } else if (!hasKind(value[field], kind)) {
      info.report({ message: `\`${extension}.${field}\` must be a ${describeKind(kind)}`, location: at.child([field]) });
    } else {
      good.set(field, value[field]);
    }
  }
  for (const field of Object.keys(value).filter((f) => !Object.hasOwn(fields, f))) {
    info.report({ message: `\`${extension}\` has an unknown field \`${field}\``, location: at.child([field]).key() });
  }
  return good;
}

export function fieldLocation(info: OperationInfo, extension: string, field: string): Location {
  return info.location.child([extension, field]);
}

function hasKind(value: unknown, kind: FieldKind): boolean {
  if (kind === "string") return typeof value === "string" && value !== "";
  return Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string" && item !== "");
}

function describeKind(kind: FieldKind): string {
  return kind === "string" ? "non-empty string" : "non-empty list of non-empty strings";
}

function listFields(fields: Readonly<Record<string, FieldKind>>): string {
  return Object.keys(fields).map((f) => `\`${f}\``).join(", ");
}

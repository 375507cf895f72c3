/** `x-pagination` (spec/README.md, "Vendor extensions"): cursor pagination of a list operation. */
import type { PaginationModel } from "./types.js";
import { isSpecObject, type SpecObject } from "./specData.js";
import { pointerKeys } from "./jsonPointer.js";

const FIELDS = ["cursorParam", "cursorPointer", "hasNextPagePointer", "itemsPointer"] as const;

export type PaginationResult = { readonly pagination: PaginationModel | null; readonly error: string | null };

export function readPagination(operation: SpecObject): PaginationResult {
  const raw = operation["x-pagination"];
  if (raw === undefined) return { pagination: null, error: null };
  if (!isSpecObject(raw)) return { pagination: null, error: "x-pagination must be an object" };
  const missing = FIELDS.filter((field) => typeof raw[field] !== "string");
  if (missing.length > 0) return { pagination: null, error: `x-pagination needs string ${missing.join(", ")}` };
  const pagination = Object.fromEntries(FIELDS.map((field) => [field, raw[field]])) as unknown as PaginationModel;
  const badPointer = FIELDS.filter((field) => field.endsWith("Pointer") && pointerKeys(pagination[field]) === null);
  if (badPointer.length > 0) return { pagination: null, error: `x-pagination ${badPointer.join(", ")} must be JSON pointers` };
  return { pagination, error: null };
}

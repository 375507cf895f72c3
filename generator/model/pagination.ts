/** `x-pagination` (spec/README.md, "Vendor extensions"): cursor pagination of a list operation, read through its descriptor. */
import { paginationExtension } from "../../openapi/extensions/index.js";
import { readExtensionValue } from "./extensionValue.js";
import type { SpecObject } from "../../openapi/specData.js";
import type { PaginationModel } from "./types.js";

export type PaginationResult = { readonly pagination: PaginationModel | null; readonly error: string | null };

export function readPagination(operation: SpecObject): PaginationResult {
  const { value, error } = readExtensionValue(paginationExtension, operation);
  return { pagination: value ?? null, error };
}

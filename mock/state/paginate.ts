/**
 * Northflank's cursor pagination over an in-memory list: `per_page` items from the
 * position a cursor names (or from `page`), and `pagination: { hasNextPage, cursor,
 * count }` with `cursor` only when there is a next page. A cursor is 24 hex digits
 * (the spec's length), encoding the offset of the next page's first item.
 */
import { MockHttpError } from "../http/mockHttpError.js";

export interface Pagination {
  hasNextPage: boolean;
  cursor?: string;
  count: number;
}

export interface Page<T> {
  readonly items: T[];
  readonly pagination: Pagination;
}

const CURSOR_LENGTH = 24;
const DEFAULT_PER_PAGE = 50;

/** `query` has passed validation, so `per_page` and `page` are integers when present. */
export function paginate<T>(all: readonly T[], query: Record<string, unknown>): Page<T> {
  const perPage = typeof query.per_page === "number" ? query.per_page : DEFAULT_PER_PAGE;
  const start = startOffset(query, perPage);
  const items = all.slice(start, start + perPage);
  const next = start + items.length;
  const hasNextPage = next < all.length;
  const pagination: Pagination = { hasNextPage, count: items.length };
  if (hasNextPage) pagination.cursor = encodeCursor(next);
  return { items, pagination };
}

export function encodeCursor(offset: number): string {
  return offset.toString(16).padStart(CURSOR_LENGTH, "0");
}

function startOffset(query: Record<string, unknown>, perPage: number): number {
  if (typeof query.cursor === "string") return decodeCursor(query.cursor);
  if (typeof query.page === "number") return (query.page - 1) * perPage;
  return 0;
}

function decodeCursor(cursor: string): number {
  if (!/^[0-9a-f]{24}$/.test(cursor)) {
    throw new MockHttpError(400, "query/cursor is not a cursor this API returned", "validation-error", [
      { field: "query/cursor", message: "is not a cursor this API returned" },
    ]);
  }
  return Number.parseInt(cursor, 16);
}

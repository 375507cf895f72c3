/** `x-pagination` on a list operation: cursor pagination, read out of the 2xx body by JSON pointers. */
import { jsonPointer, nonEmptyString, objectExtension } from "./fields.js";

export interface Pagination {
  /** The query parameter the cursor is sent in. */
  readonly cursorParam: string;
  readonly cursorPointer: string;
  readonly hasNextPagePointer: string;
  readonly itemsPointer: string;
}

export const paginationExtension = objectExtension<Pagination>("x-pagination", {
  cursorParam: nonEmptyString,
  cursorPointer: jsonPointer,
  hasNextPagePointer: jsonPointer,
  itemsPointer: jsonPointer,
});

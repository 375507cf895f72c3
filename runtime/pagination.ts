/**
 * Cursor pagination per x-pagination: send the value at `cursorPointer` as the query parameter
 * `cursorParam` until the value at `hasNextPagePointer` is not true. Every page goes through
 * the same runtime, so pages share its rate limit, retries and timeouts.
 */
import { ArgumentError } from "./errors.js";
import type { OperationSpec, PaginationSpec } from "./operation.js";
import { readPointer } from "./pointer.js";
import type { Execute, RawArgs } from "./execute.js";

function paginationOf(op: OperationSpec): PaginationSpec {
  if (op.pagination === null) throw new ArgumentError(`${op.operationId} is not paginated`);
  return op.pagination;
}

/** The whole 2xx body of each page, in order. Stops early, by rejecting, when the signal aborts. */
async function* bodies(execute: Execute, op: OperationSpec, args: RawArgs = {}): AsyncGenerator<unknown, void> {
  const pagination = paginationOf(op);
  let pageArgs = args;
  for (;;) {
    args.signal?.throwIfAborted();
    const { body } = await execute(op, pageArgs);
    yield body;
    const cursor = readPointer(body, pagination.cursorPointer);
    // A missing cursor ends the walk too: asking again without one would repeat page one forever.
    if (readPointer(body, pagination.hasNextPagePointer) !== true || cursor === undefined || cursor === null) return;
    pageArgs = { ...args, query: { ...args.query, [pagination.cursorParam]: cursor } };
  }
}

export async function* pagesOf<Page>(execute: Execute, op: OperationSpec, args?: RawArgs): AsyncGenerator<Page, void> {
  for await (const body of bodies(execute, op, args)) yield readPointer(body, op.resultPointer) as Page;
}

export async function* itemsOf<Item>(execute: Execute, op: OperationSpec, args?: RawArgs): AsyncGenerator<Item, void> {
  const { itemsPointer } = paginationOf(op);
  for await (const body of bodies(execute, op, args)) {
    const items = readPointer(body, itemsPointer);
    if (items === undefined || items === null) continue;
    if (!Array.isArray(items)) {
      throw new TypeError(`${op.operationId}: the page's ${itemsPointer} is not an array`);
    }
    yield* items as Item[];
  }
}

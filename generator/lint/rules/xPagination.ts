/**
 * `nf/x-pagination`: `x-pagination` has the shape its descriptor reads
 * (openapi/extensions/pagination.ts), `cursorParam` is a query parameter of the
 * operation, and each pointer names a place of the right type in the 2xx body.
 * spec/README.md, "Vendor extensions", `x-pagination`.
 */
import { paginationExtension, type Pagination } from "../../../openapi/extensions/index.js";
import { checkBodyPointer } from "../bodyPointer.js";
import { fieldLocation, readExtension } from "../extensionShape.js";
import { operationVisitor, type OperationInfo } from "../operationVisitor.js";

const POINTER_TYPES = { cursorPointer: ["string", "null"], hasNextPagePointer: ["boolean"], itemsPointer: ["array"] } as const;

export const xPagination = () =>
  operationVisitor((info) => {
    const pagination = readExtension(paginationExtension, info.operation, info.location, info.report);
    if (pagination === null) return;
    checkCursorParam(info, pagination.cursorParam);
    for (const [field, types] of Object.entries(POINTER_TYPES)) {
      const location = fieldLocation(info.location, "x-pagination", field);
      checkBodyPointer({ info, pointer: pagination[field as keyof Pagination], label: `\`x-pagination.${field}\``, location, types });
    }
  });

function checkCursorParam(info: OperationInfo, name: string): void {
  if (info.parameters.some((p) => p.in === "query" && p.name === name)) return;
  info.report({
    message: `\`x-pagination.cursorParam\` "${name}" is not a query parameter of this operation`,
    location: fieldLocation(info.location, "x-pagination", "cursorParam"),
  });
}

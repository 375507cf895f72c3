/**
 * `nf/x-pagination`: `x-pagination` is `{ cursorParam, cursorPointer,
 * hasNextPagePointer, itemsPointer }`, `cursorParam` is a query parameter of the
 * operation, and each pointer names a place of the right type in the 2xx body.
 * spec/README.md, "Vendor extensions", `x-pagination`.
 */
import { checkBodyPointer } from "../bodyPointer.js";
import { checkExtensionShape, fieldLocation } from "../extensionShape.js";
import { operationVisitor, type OperationInfo } from "../operationVisitor.js";

const FIELDS = { cursorParam: "string", cursorPointer: "string", hasNextPagePointer: "string", itemsPointer: "string" } as const;
const POINTER_TYPES = { cursorPointer: ["string", "null"], hasNextPagePointer: ["boolean"], itemsPointer: ["array"] } as const;

export const xPagination = () =>
  operationVisitor((info) => {
    if (!Object.hasOwn(info.operation, "x-pagination")) return;
    const fields = checkExtensionShape(info, "x-pagination", FIELDS);
    if (!fields) return;
    const cursorParam = fields.get("cursorParam");
    if (typeof cursorParam === "string") checkCursorParam(info, cursorParam);
    for (const [field, types] of Object.entries(POINTER_TYPES)) {
      if (!fields.has(field)) continue;
      const location = fieldLocation(info, "x-pagination", field);
      checkBodyPointer({ info, pointer: fields.get(field), label: `\`x-pagination.${field}\``, location, types });
    }
  });

function checkCursorParam(info: OperationInfo, name: string): void {
  if (info.parameters.some((p) => p.in === "query" && p.name === name)) return;
  info.report({
    message: `\`x-pagination.cursorParam\` "${name}" is not a query parameter of this operation`,
    location: fieldLocation(info, "x-pagination", "cursorParam"),
  });
}

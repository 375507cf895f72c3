/**
 * `nf/operation-permission` (the `northflank` rule set): every operation states the token
 * permission it needs in `x-permission` (a string, or null when the reference names none).
 * Its shape, wherever it is present, is `nf/x-permission`'s.
 */
import { permissionExtension } from "../../../openapi/extensions/index.js";
import { operationVisitor } from "../operationVisitor.js";

export const operationPermission = () =>
  operationVisitor((info) => {
    if (Object.hasOwn(info.operation, permissionExtension.name)) return;
    info.report({ message: "operation has no `x-permission` (a string, or null when the reference names none)", location: info.location.key() });
  });

/**
 * `nf/x-permission`: where an operation has `x-permission`, it has the shape its
 * descriptor reads (openapi/extensions/scalars.ts: a non-empty string, or null).
 * spec/README.md, "Vendor extensions", `x-permission`. That every operation has one is a
 * Northflank convention (`nf/operation-permission`).
 */
import { permissionExtension } from "../../../openapi/extensions/index.js";
import { readExtension } from "../extensionShape.js";
import { operationVisitor } from "../operationVisitor.js";

export const xPermission = () =>
  operationVisitor((info) => {
    readExtension(permissionExtension, info.operation, info.location, info.report);
  });

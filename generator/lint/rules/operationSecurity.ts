/**
 * `nf/operation-security`: each operation is protected, by its own `security` or by
 * the root's. OpenAPI 3.1 §4.8.10 (Operation `security`) and spec/README.md,
 * "Conventions": "the bearer security inherited from the root". An empty list would
 * declare the operation public, which no Northflank endpoint is.
 */
import { operationKeyLocation, operationVisitor } from "../operationVisitor.js";

export const operationSecurity = () =>
  operationVisitor((info) => {
    const own = info.operation.security;
    const effective = own ?? info.root.security;
    if (Array.isArray(effective) && effective.length > 0) return;
    const message = own === undefined
      ? "operation has no security: neither its own `security` nor the root's"
      : "operation `security` is empty, which makes it public";
    info.report({ message, location: operationKeyLocation(info, "security") });
  });

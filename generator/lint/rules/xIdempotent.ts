/**
 * `nf/x-idempotent`: when an operation has `x-idempotent`, it has the shape its
 * descriptor reads (openapi/extensions/scalars.ts: a boolean). spec/README.md, "Vendor
 * extensions", `x-idempotent`; the runtime retries only operations marked idempotent
 * (else it falls back on HTTP method semantics).
 */
import { idempotentExtension } from "../../../openapi/extensions/index.js";
import { readExtension } from "../extensionShape.js";
import { operationVisitor } from "../operationVisitor.js";

export const xIdempotent = () =>
  operationVisitor((info) => {
    readExtension(idempotentExtension, info.operation, info.location, info.report);
  });

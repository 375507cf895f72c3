/**
 * `nf/x-idempotent`: when an operation has `x-idempotent`, it is a boolean.
 * spec/README.md, "Vendor extensions", `x-idempotent`; the runtime retries only
 * operations marked idempotent (else it falls back on HTTP method semantics).
 */
import { operationVisitor } from "../operationVisitor.js";

export const xIdempotent = () =>
  operationVisitor((info) => {
    if (!Object.hasOwn(info.operation, "x-idempotent")) return;
    const value = info.operation["x-idempotent"];
    if (typeof value === "boolean") return;
    info.report({
      message: `\`x-idempotent\` must be true or false, not ${JSON.stringify(value)}`,
      location: info.location.child(["x-idempotent"]),
    });
  });

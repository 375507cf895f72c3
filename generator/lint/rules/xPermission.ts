/**
 * `nf/x-permission`: each operation states the token permission it needs in
 * `x-permission`, a non-empty string, or `null` when it needs none.
 * spec/README.md, "Vendor extensions", `x-permission`.
 */
import { operationVisitor } from "../operationVisitor.js";

export const xPermission = () =>
  operationVisitor((info) => {
    if (!Object.hasOwn(info.operation, "x-permission")) {
      info.report({ message: "operation has no `x-permission` (a string, or null when none is needed)", location: info.location.key() });
      return;
    }
    const value = info.operation["x-permission"];
    if (value === null || (typeof value === "string" && value.trim() !== "")) return;
    info.report({
      message: `\`x-permission\` must be a non-empty string or null, not ${JSON.stringify(value)}`,
      location: info.location.child(["x-permission"]),
    });
  });

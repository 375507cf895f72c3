/**
 * `nf/x-waiter`: `x-waiter` has the shape its descriptor reads
 * (openapi/extensions/waiter.ts: a name, a status pointer, non-empty disjoint `done` and
 * `failed`), the pointer names a string in the 2xx body, and `done` and `failed` are
 * within the status field's `enum` when it has one.
 * spec/README.md, "Vendor extensions", `x-waiter`.
 */
import { checkBodyPointer } from "../bodyPointer.js";
import { waiterExtension, type Waiter } from "../../../openapi/extensions/index.js";
import { fieldLocation, readExtension } from "../extensionShape.js";
import { operationVisitor, type OperationInfo } from "../operationVisitor.js";
import { isRecord, type Resolved } from "../resolveRef.js";

export const xWaiter = () =>
  operationVisitor((info) => {
    const waiter = readExtension(waiterExtension, info.operation, info.location, info.report);
    if (waiter === null) return;
    const statuses = checkBodyPointer({
      info,
      pointer: waiter.statusPointer,
      label: "`x-waiter.statusPointer`",
      location: fieldLocation(info.location, "x-waiter", "statusPointer"),
      types: ["string"],
    });
    checkOutcomes(info, waiter, allowedValues(statuses));
  });

/** `done` and `failed` must be values the status can take. */
function checkOutcomes(info: OperationInfo, waiter: Waiter, allowed: Set<string> | null): void {
  if (allowed === null) return;
  for (const field of ["done", "failed"] as const) {
    waiter[field].forEach((value, index) => {
      if (allowed.has(value)) return;
      const location = info.location.child(["x-waiter", field, index]);
      info.report({ message: `\`x-waiter.${field}\` value "${value}" is not in the status enum (${[...allowed].join(", ")})`, location });
    });
  }
}

/** The union of the status schemas' enums; `null` when any branch allows any string. */
function allowedValues(statuses: readonly Resolved[]): Set<string> | null {
  if (statuses.length === 0) return null;
  const allowed = new Set<string>();
  for (const status of statuses) {
    const values = isRecord(status.node) ? status.node.enum ?? (status.node.const !== undefined ? [status.node.const] : undefined) : undefined;
    if (!Array.isArray(values)) return null;
    values.forEach((value) => allowed.add(String(value)));
  }
  return allowed;
}

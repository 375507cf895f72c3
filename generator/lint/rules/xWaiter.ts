/**
 * `nf/x-waiter`: `x-waiter` is `{ name, statusPointer, done, failed }`: `name` an
 * identifier, `statusPointer` a place in the 2xx body, `done` and `failed` non-empty,
 * disjoint, and within the status field's `enum` when it has one.
 * spec/README.md, "Vendor extensions", `x-waiter`.
 */
import { checkBodyPointer } from "../bodyPointer.js";
import { checkExtensionShape, fieldLocation } from "../extensionShape.js";
import { operationVisitor, type OperationInfo } from "../operationVisitor.js";
import { isRecord, type Resolved } from "../resolveRef.js";

const FIELDS = { name: "string", statusPointer: "string", done: "string[]", failed: "string[]" } as const;

export const xWaiter = () =>
  operationVisitor((info) => {
    if (!Object.hasOwn(info.operation, "x-waiter")) return;
    const fields = checkExtensionShape(info, "x-waiter", FIELDS);
    if (!fields) return;
    const name = fields.get("name");
    if (typeof name === "string" && !/^[A-Za-z_$][\w$]*$/.test(name)) {
      info.report({ message: `\`x-waiter.name\` "${name}" is not an identifier`, location: fieldLocation(info, "x-waiter", "name") });
    }
    const statuses = fields.has("statusPointer")
      ? checkBodyPointer({
          info,
          pointer: fields.get("statusPointer"),
          label: "`x-waiter.statusPointer`",
          location: fieldLocation(info, "x-waiter", "statusPointer"),
          types: ["string"],
        })
      : [];
    checkOutcomes(info, fields, allowedValues(statuses));
  });

/** `done` and `failed` must not share a value, and must be values the status can take. */
function checkOutcomes(info: OperationInfo, fields: Map<string, unknown>, allowed: Set<string> | null): void {
  const done = (fields.get("done") as string[] | undefined) ?? [];
  for (const field of ["done", "failed"] as const) {
    const values = (fields.get(field) as string[] | undefined) ?? [];
    values.forEach((value, index) => {
      const location = info.location.child(["x-waiter", field, index]);
      if (allowed && !allowed.has(value)) {
        info.report({ message: `\`x-waiter.${field}\` value "${value}" is not in the status enum (${[...allowed].join(", ")})`, location });
      }
      if (field === "failed" && done.includes(value)) {
        info.report({ message: `"${value}" is in both \`x-waiter.done\` and \`x-waiter.failed\``, location });
      }
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

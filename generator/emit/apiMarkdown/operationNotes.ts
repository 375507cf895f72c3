/**
 * The facts a caller needs about one operation, as label/text rows: request line,
 * scoped paths, permission, body, retry behaviour, pagination and waiter. All of it
 * comes from the model (which read the spec's vendor extensions).
 */
import type { OperationModel } from "../../model/types.js";
import { inlineCode } from "./markdownText.js";

export interface OperationNote {
  readonly label: string;
  readonly text: string;
}

export function operationNotes(operation: OperationModel): OperationNote[] {
  const method = operation.method.toUpperCase();
  return [
    { label: "Request", text: inlineCode(`${method} ${operation.path}`) },
    ...operation.scopedPaths.map((scoped) => ({
      label: `Scope ${inlineCode(scoped.scope)}`,
      text: `${inlineCode(`${method} ${scoped.path}`)} when ${scoped.parameters.map((name) => inlineCode(`path.${name}`)).join(" and ")} ${scoped.parameters.length === 1 ? "is" : "are"} given`,
    })),
    { label: "Permission", text: operation.permission ?? "none stated in the spec" },
    ...(operation.requestBody === null
      ? []
      : [{ label: "Body", text: `${operation.requestBody.required ? "required" : "optional"}, sent as ${inlineCode(operation.requestBody.mediaType)}` }]),
    { label: "Retried", text: operation.idempotent
      ? "also after a 5xx, a timeout or a connection reset (idempotent)"
      : "only when it cannot have taken effect: a 429, or a connection that failed before sending (not idempotent)" },
    ...paginationNotes(operation),
    ...waiterNotes(operation),
  ];
}

function paginationNotes(operation: OperationModel): OperationNote[] {
  const pagination = operation.pagination;
  if (pagination === null) return [];
  return [{
    label: "Pagination",
    text:
      `${inlineCode(`.all(args)`)} yields every item (${inlineCode(pagination.itemsPointer)} of each page), ${inlineCode(`.pages(args)`)} each page; ` +
      `the cursor at ${inlineCode(pagination.cursorPointer)} is sent as ${inlineCode(`query.${pagination.cursorParam}`)} while ${inlineCode(pagination.hasNextPagePointer)} is true`,
  }];
}

function waiterNotes(operation: OperationModel): OperationNote[] {
  const waiter = operation.waiter;
  if (waiter === null) return [];
  const list = (values: readonly string[]) => (values.length === 0 ? "never" : values.map(inlineCode).join(", "));
  return [{
    label: "Waiter",
    text:
      `${inlineCode(waiter.name)} polls this operation until ${inlineCode(waiter.statusPointer)} is ${list(waiter.done)} (resolves) ` +
      `or ${list(waiter.failed)} (rejects); any other value keeps it waiting`,
  }];
}

/**
 * Every difference between two API surfaces, unclassified: operations and named types
 * added or removed, and for each operation in both its request line, scoped paths,
 * pagination, waiter, argument (request side) and result (response side).
 */
import { apiChange, type ApiChange } from "./change.js";
import { compareShapes } from "./compareShapes.js";
import type { ApiSurface, OperationSurface } from "./apiSurface.js";

export function compareSurfaces(before: ApiSurface, after: ApiSurface): ApiChange[] {
  const afterByName = new Map(after.operations.map((operation) => [operation.name, operation]));
  const beforeNames = new Set(before.operations.map((operation) => operation.name));
  const changes: ApiChange[] = [];
  for (const operation of before.operations) {
    const now = afterByName.get(operation.name);
    if (now) changes.push(...compareOperations(operation, now));
    else changes.push(apiChange({ kind: "operation-removed", side: "api", subject: operation.name, path: "", before: requestLine(operation) }));
  }
  for (const operation of after.operations) {
    if (!beforeNames.has(operation.name)) changes.push(apiChange({ kind: "operation-added", side: "api", subject: operation.name, path: "", after: requestLine(operation) }));
  }
  return [...changes, ...compareSchemaTypes(before.schemaTypes, after.schemaTypes)];
}

function compareOperations(before: OperationSurface, after: OperationSurface): ApiChange[] {
  const subject = after.name;
  const api = { side: "api" as const, subject, path: "" };
  const changes: ApiChange[] = [];
  if (before.method !== after.method) changes.push(apiChange({ ...api, kind: "method-changed", before: before.method, after: after.method }));
  if (before.path !== after.path) changes.push(apiChange({ ...api, kind: "path-changed", before: before.path, after: after.path }));
  changes.push(...compareScopes(before, after));
  if (before.paginated !== after.paginated) changes.push(apiChange({ ...api, kind: after.paginated ? "pagination-added" : "pagination-removed" }));
  if (before.waiter !== after.waiter) {
    if (before.waiter !== null) changes.push(apiChange({ ...api, kind: "waiter-removed", before: before.waiter }));
    if (after.waiter !== null) changes.push(apiChange({ ...api, kind: "waiter-added", after: after.waiter }));
  }
  if (before.argsOptional !== after.argsOptional) changes.push(apiChange({ ...api, kind: after.argsOptional ? "argument-became-optional" : "argument-became-required" }));
  changes.push(...compareShapes(before.args, after.args, "", { side: "request", subject }));
  changes.push(...compareShapes(before.result, after.result, "result", { side: "response", subject }));
  return changes;
}

function compareScopes(before: OperationSurface, after: OperationSurface): ApiChange[] {
  const api = { side: "api" as const, subject: after.name };
  const changes: ApiChange[] = [];
  for (const [scope, path] of Object.entries(before.scopedPaths)) {
    const now = after.scopedPaths[scope];
    if (now === undefined) changes.push(apiChange({ ...api, kind: "scope-removed", path: scope, before: path }));
    else if (now !== path) changes.push(apiChange({ ...api, kind: "scope-path-changed", path: scope, before: path, after: now }));
  }
  for (const [scope, path] of Object.entries(after.scopedPaths)) {
    if (before.scopedPaths[scope] === undefined) changes.push(apiChange({ ...api, kind: "scope-added", path: scope, after: path }));
  }
  return changes;
}

function compareSchemaTypes(before: readonly string[], after: readonly string[]): ApiChange[] {
  const subject = (name: string) => `components.schemas.${name}`;
  return [
    ...before.filter((name) => !after.includes(name)).map((name) => apiChange({ kind: "type-removed", side: "api", subject: subject(name), path: "" })),
    ...after.filter((name) => !before.includes(name)).map((name) => apiChange({ kind: "type-added", side: "api", subject: subject(name), path: "" })),
  ];
}

function requestLine(operation: OperationSurface): string {
  return `${operation.method} ${operation.path}`;
}

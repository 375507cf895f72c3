/**
 * What an operation does to the resources its path names, read from the shape of the
 * spec alone (method, path, which other operations share the path, pagination), so that
 * the mock can serve an operation nobody wrote a handler for:
 *
 * - `create`: POST to a collection with an item path, preferably one with a GET (`/secrets`
 *   with `/secrets/{secretId}`);
 * - `put`: PUT to a collection, create-or-update by the id the body's name derives;
 * - `list`: a paginated GET; `get`: GET of an item (a path ending in a parameter);
 * - `view`: GET of a part of an item (`/services/{serviceId}/ports`), with `write` its
 *   POST, PUT or PATCH counterpart at the same path;
 * - `update`: POST, PUT or PATCH of an item; `delete`: DELETE of an item;
 * - `action`: a POST at a path of its own under an item (`/pause`, `/abort`), or a DELETE
 *   whose operationId says it aborts rather than removes;
 * - `logs`: a GET whose last segment names logs, answered with the lines the mock produced.
 */
import type { MockOperation } from "../spec/collectOperations.js";

interface CollectionRole<K extends string> {
  readonly kind: K;
  readonly collection: string;
  /** The path of one item of the collection (one with a GET if there is one), if the spec has it. */
  readonly itemPath: string | null;
}

interface ItemRole<K extends string> {
  readonly kind: K;
  readonly itemPath: string;
}

interface ViewRole<K extends string> {
  readonly kind: K;
  readonly viewPath: string;
  /** The item the part belongs to. */
  readonly ownerPath: string;
}

export type OperationRole =
  | CollectionRole<"create">
  | CollectionRole<"put">
  | CollectionRole<"list">
  | ItemRole<"get">
  | ItemRole<"update">
  | ItemRole<"delete">
  | ViewRole<"view">
  | ViewRole<"write">
  | { readonly kind: "action"; readonly verb: string; readonly target: string }
  | { readonly kind: "logs"; readonly stream: string; readonly target: string };

export function operationRoles(operations: readonly MockOperation[]): Map<string, OperationRole> {
  const byPath = new Map<string, Set<string>>();
  for (const operation of operations) {
    const methods = byPath.get(operation.path) ?? new Set<string>();
    methods.add(operation.method);
    byPath.set(operation.path, methods);
  }
  const has = (method: string, path: string) => byPath.get(path)?.has(method) === true;
  // The item path of a collection: the one with a GET, else any (a strategy the API only
  // patches and deletes is still created into its collection).
  const itemPathUnder = (collection: string) => {
    const items = [...byPath.keys()].filter((path) => parentOf(path) === collection && endsInParameter(path));
    return items.find((path) => has("get", path)) ?? items[0] ?? null;
  };
  return new Map(operations.map((operation) => [operation.operationId, roleOf(operation, has, itemPathUnder)]));
}

function roleOf(operation: MockOperation, has: (method: string, path: string) => boolean, itemPathUnder: (collection: string) => string | null): OperationRole {
  const { method, path } = operation;
  const item = endsInParameter(path);
  const last = lastSegment(path);
  switch (method) {
    case "get":
      if (item) return { kind: "get", itemPath: path };
      if (/logs$/i.test(last)) return { kind: "logs", stream: last, target: parentOf(path) };
      if (operation.itemsPointer !== null) return { kind: "list", collection: path, itemPath: itemPathUnder(path) };
      return { kind: "view", viewPath: path, ownerPath: parentOf(path) };
    case "delete":
      if (/^(abort|cancel)/.test(operation.operationId)) return { kind: "action", verb: "abort", target: path };
      return item ? { kind: "delete", itemPath: path } : { kind: "write", viewPath: path, ownerPath: parentOf(path) };
    case "put":
      return item ? { kind: "update", itemPath: path } : { kind: "put", collection: path, itemPath: itemPathUnder(path) };
    case "patch":
      return item ? { kind: "update", itemPath: path } : { kind: "write", viewPath: path, ownerPath: parentOf(path) };
    default: {
      if (item) return { kind: "update", itemPath: path };
      const itemPath = itemPathUnder(path);
      if (itemPath !== null) return { kind: "create", collection: path, itemPath };
      if (has("get", path)) return { kind: "write", viewPath: path, ownerPath: parentOf(path) };
      return { kind: "action", verb: last, target: parentOf(path) };
    }
  }
}

export function endsInParameter(path: string): boolean {
  return /\/\{[^/}]+\}$/.test(path);
}

/** The path's parameter names, in order. */
export function parametersOf(path: string): string[] {
  return [...path.matchAll(/\{([^/}]+)\}/g)].map((match) => match[1]!);
}

export function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/")) || "/";
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf("/") + 1);
}

/** Every item path above `path` (each prefix that ends in a parameter), outermost first. */
export function ancestorItems(path: string): string[] {
  const segments = path.split("/");
  const out: string[] = [];
  for (let end = 2; end < segments.length; end += 1) {
    const prefix = segments.slice(0, end).join("/");
    if (endsInParameter(prefix)) out.push(prefix);
  }
  return out;
}

/** `template` with its parameters replaced by their values: the concrete path of one resource. */
export function fillPath(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{([^/}]+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? `{${name}}`));
}

/**
 * Matches a request path to an operation with a segment trie built once at start-up:
 * literal segments win over `{param}` segments (so `POST /services/build` is the
 * create endpoint, not a build of the service "build"), with backtracking when a
 * literal branch dead-ends or does not serve the method. Each leaf knows, per method, the operation, the path
 * scope (`null` for the plain path, `"team"` for `x-scoped-paths.team`) and the
 * names its `{param}` segments bind.
 */
import type { HttpMethod } from "../../openapi/httpMethods.js";
import type { MockOperation } from "../spec/collectOperations.js";

export interface RouteTarget {
  readonly operation: MockOperation;
  readonly scope: string | null;
  readonly template: string;
  readonly paramNames: readonly string[];
}

export type RouteMatch =
  | { readonly kind: "found"; readonly target: RouteTarget; readonly params: Record<string, string> }
  | { readonly kind: "wrong-method"; readonly allowed: readonly string[] }
  | { readonly kind: "not-found" };

interface TrieNode {
  readonly literals: Map<string, TrieNode>;
  param: TrieNode | null;
  readonly methods: Map<string, RouteTarget>;
}

export interface RouteTable {
  match(method: string, pathname: string): RouteMatch;
}

export function createRouteTable(operations: readonly MockOperation[]): RouteTable {
  const root = newNode();
  for (const operation of operations) {
    addRoute(root, operation, null, operation.path);
    for (const [scope, template] of Object.entries(operation.scopedPaths)) addRoute(root, operation, scope, template);
  }
  return { match: (method, pathname) => matchPath(root, method.toLowerCase(), pathname) };
}

function newNode(): TrieNode {
  return { literals: new Map(), param: null, methods: new Map() };
}

function addRoute(root: TrieNode, operation: MockOperation, scope: string | null, template: string): void {
  let node = root;
  const paramNames: string[] = [];
  for (const segment of splitPath(template)) {
    const param = /^\{(.+)\}$/.exec(segment);
    if (param) {
      paramNames.push(param[1]!);
      node.param ??= newNode();
      node = node.param;
    } else {
      let next = node.literals.get(segment);
      if (next === undefined) node.literals.set(segment, (next = newNode()));
      node = next;
    }
  }
  const method: HttpMethod = operation.method;
  const existing = node.methods.get(method);
  if (existing !== undefined) {
    throw new Error(`${method.toUpperCase()} ${template} is served by both ${existing.operation.operationId} and ${operation.operationId}`);
  }
  node.methods.set(method, { operation, scope, template, paramNames });
}

function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "");
}

function matchPath(root: TrieNode, method: string, pathname: string): RouteMatch {
  const segments = splitPath(pathname);
  const values: string[] = [];
  const leaf = findLeaf(root, segments, 0, values, (node) => node.methods.has(method));
  if (leaf === null) {
    const other = findLeaf(root, segments, 0, [], (node) => node.methods.size > 0);
    if (other === null) return { kind: "not-found" };
    return { kind: "wrong-method", allowed: [...other.methods.keys()].map((m) => m.toUpperCase()) };
  }
  const target = leaf.methods.get(method)!;
  const params: Record<string, string> = {};
  target.paramNames.forEach((name, index) => {
    params[name] = values[index]!;
  });
  return { kind: "found", target, params };
}

/**
 * Depth-first: literal child, then the param child, down to a leaf that `accepts`
 * (serves the method, so `GET .../services/build` reaches getService even though a
 * literal `build` leaf exists for POST); `values` collects decoded param segments.
 */
function findLeaf(node: TrieNode, segments: readonly string[], index: number, values: string[], accepts: (leaf: TrieNode) => boolean): TrieNode | null {
  if (index === segments.length) return accepts(node) ? node : null;
  const segment = segments[index]!;
  const literal = node.literals.get(segment);
  if (literal !== undefined) {
    const found = findLeaf(literal, segments, index + 1, values, accepts);
    if (found !== null) return found;
  }
  if (node.param === null) return null;
  const decoded = decodeSegment(segment);
  if (decoded === null) return null;
  values.push(decoded);
  const found = findLeaf(node.param, segments, index + 1, values, accepts);
  if (found === null) values.pop();
  return found;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

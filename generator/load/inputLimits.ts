/**
 * Bounds on what one spec file may cost to load. A spec can come from a pull request,
 * so a file written to exhaust memory (a YAML alias bomb, a 10,000-long chain of
 * `$ref`s, a huge file) must be refused while it is still cheap to look at: before
 * Redocly's resolver and bundler walk it, which they do once per occurrence of every
 * shared node and recursively along every reference chain.
 */
import { escapePointerSegment, valueAt } from "../../openapi/jsonPointer.js";
import { isReference, refOf } from "../../openapi/refs.js";

export interface LoadLimits {
  /** Largest file read, in bytes of text. */
  readonly maxFileBytes: number;
  /**
   * Most nodes a file may hold once its YAML aliases are expanded (each alias counts
   * the whole subtree it stands for, as every later stage sees it).
   */
  readonly maxExpandedNodes: number;
  /** Longest chain of `$ref`s inside one file, each pointing at the next. */
  readonly maxRefChain: number;
}

/** Generous for real descriptions (GitHub's: 13 MB and 258,000 nodes in one file, chains of 2). */
export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxFileBytes: 64 * 1024 * 1024,
  maxExpandedNodes: 5_000_000,
  maxRefChain: 64,
};

/**
 * How many nodes `root` has when every shared object (a YAML alias) is counted once
 * per place it appears; stops counting past `limit`. Each distinct object is visited
 * once (sizes are remembered), so a bomb costs as much as its text, not its expansion.
 */
export function expandedNodeCount(root: unknown, limit: number): number {
  const sizes = new Map<object, number>();
  const pending: Array<{ readonly node: object; childrenDone: boolean }> = [];
  const sizeOf = (value: unknown): number => (isContainer(value) ? (sizes.get(value) ?? 0) : 1);
  if (!isContainer(root)) return 1;
  pending.push({ node: root, childrenDone: false });
  while (pending.length > 0) {
    const top = pending[pending.length - 1]!;
    if (sizes.has(top.node)) {
      pending.pop();
      continue;
    }
    if (!top.childrenDone) {
      top.childrenDone = true;
      for (const child of Object.values(top.node)) {
        if (isContainer(child) && !sizes.has(child)) pending.push({ node: child, childrenDone: false });
      }
      continue;
    }
    pending.pop();
    let size = 1;
    for (const child of Object.values(top.node)) size = Math.min(limit + 1, size + sizeOf(child));
    sizes.set(top.node, size);
  }
  return sizes.get(root) ?? 1;
}

/** The start of the first chain of in-file `$ref`s longer than `limit`, as a `#/...` pointer; `null` if none is. */
export function overlongRefChain(root: unknown, limit: number): string | null {
  const chainLength = new Map<object, number>();
  for (const { node, pointer } of refObjects(root)) {
    if (chainLength.has(node)) continue;
    const { chain, beyond } = followChain(root, node, chainLength);
    let length = beyond;
    for (let index = chain.length - 1; index >= 0; index--) {
      length += 1;
      chainLength.set(chain[index]!, length);
    }
    if ((chainLength.get(node) ?? 0) > limit) return pointer;
  }
  return null;
}

/**
 * The `$ref` objects from `start` onwards, each the in-file target of the one before,
 * until a node whose length is known, a non-`$ref` node or a cycle; `beyond` is the
 * known length after the last one (0 when the chain ends there).
 */
function followChain(
  root: unknown,
  start: object,
  known: ReadonlyMap<object, number>,
): { readonly chain: object[]; readonly beyond: number } {
  const chain: object[] = [];
  const onChain = new Set<object>();
  let node: object | null = start;
  while (node !== null && !known.has(node) && !onChain.has(node)) {
    chain.push(node);
    onChain.add(node);
    const target = inFileTarget(root, node);
    node = target !== null && isReference(target) ? target : null;
  }
  return { chain, beyond: node !== null ? (known.get(node) ?? 0) : 0 };
}

function inFileTarget(root: unknown, refObject: object): object | null {
  const ref = refOf(refObject);
  if (ref === null || !ref.startsWith("#")) return null;
  const node = valueAt(root, ref);
  return isContainer(node) ? node : null;
}

/** Every object with a string `$ref` in `root`, each distinct object once, with the pointer of its first place. */
function* refObjects(root: unknown): Generator<{ readonly node: object; readonly pointer: string }> {
  const seen = new Set<object>();
  const pending: Array<{ readonly node: unknown; readonly pointer: string }> = [{ node: root, pointer: "#" }];
  while (pending.length > 0) {
    const { node, pointer } = pending.pop()!;
    if (!isContainer(node) || seen.has(node)) continue;
    seen.add(node);
    if (isReference(node)) yield { node, pointer };
    // Children go on the stack last-first, so refs come out in document order.
    for (const [key, child] of Object.entries(node).reverse()) {
      if (isContainer(child)) pending.push({ node: child, pointer: `${pointer}/${escapePointerSegment(key)}` });
    }
  }
}

function isContainer(value: unknown): value is object {
  return value !== null && typeof value === "object";
}

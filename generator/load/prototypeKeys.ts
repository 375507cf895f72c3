/**
 * Keys that are names on `Object.prototype` (`constructor`, `__proto__`, `toString`, ...),
 * hidden from Redocly while it reads the spec. Redocly looks a key up in plain-object
 * tables (`type.properties[key]`), so a schema property or example field named
 * `constructor` finds the `Object` function, and its walk crashes
 * (@redocly/openapi-core 1.34, resolve.js and walk.js). They are legitimate keys of a
 * JSON document, so the loader renames each to a form no table holds while Redocly
 * reads, and gives every key its own name back in the bundled document and in
 * Redocly's pointers and messages. Renamed the same way everywhere, an example still
 * matches its schema.
 */

/** Before a hidden key: no key of a real spec starts with NUL (YAML writes it only as an escape). */
const MARK = "\u0000";
const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Renames, in place and keeping key order, every key of `root`'s objects that is a name on `Object.prototype`. */
export function hidePrototypeKeys(root: unknown): void {
  renameKeys(root, (key) => (PROTOTYPE_KEYS.has(key) ? MARK + key : null));
}

/** Gives, in place, every key `hidePrototypeKeys` renamed its own name back. */
export function restorePrototypeKeys(root: unknown): void {
  renameKeys(root, (key) => (isHidden(key) ? key.slice(MARK.length) : null));
}

/** `text` (a pointer, a message) with hidden keys named as written. */
export function restorePrototypeKeyText(text: string): string {
  return text.includes(MARK) ? text.replace(/\u0000([\w$]+)/g, (whole, key: string) => (PROTOTYPE_KEYS.has(key) ? key : whole)) : text;
}

/**
 * Printed code (TypeScript, or JSON in a doc comment) made from a document with hidden
 * keys, with those keys named as written: the printers write the mark as `\0` or `\u0000`
 * inside the quoted key.
 */
export function restorePrototypeKeysInCode(code: string): string {
  return code.replace(/"\\(?:0|u0000)([\w$]+)"/g, (whole, key: string) => (PROTOTYPE_KEYS.has(key) ? `"${key}"` : whole));
}

function isHidden(key: string): boolean {
  return key.startsWith(MARK) && PROTOTYPE_KEYS.has(key.slice(MARK.length));
}

/** Each object once (YAML aliases share objects), iteratively (specs can be deep). */
function renameKeys(root: unknown, rename: (key: string) => string | null): void {
  const seen = new Set<object>();
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== "object" || seen.has(node)) continue;
    seen.add(node);
    if (!Array.isArray(node) && Object.keys(node).some((key) => rename(key) !== null)) renameInOrder(node as Record<string, unknown>, rename);
    pending.push(...Object.values(node));
  }
}

/**
 * Every key re-added in its place, renamed or not, so the order (which becomes the order
 * of generated properties) stays; by definition, since assigning `__proto__` would set
 * the prototype instead of adding a key.
 */
function renameInOrder(node: Record<string, unknown>, rename: (key: string) => string | null): void {
  const entries = Object.entries(node);
  for (const [key] of entries) delete node[key];
  for (const [key, value] of entries) {
    Object.defineProperty(node, rename(key) ?? key, { value, enumerable: true, writable: true, configurable: true });
  }
}

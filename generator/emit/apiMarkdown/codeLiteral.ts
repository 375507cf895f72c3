/**
 * A JSON value as the TypeScript literal an example call passes, laid out as a reader
 * expects without running a formatter over the reference: on one line when it fits the
 * width, otherwise one property or element per line, indented by two, with trailing
 * commas. Keys are bare when they are identifiers, quoted otherwise; strings use double
 * quotes (JSON's escaping, valid in TypeScript).
 */

export const LINE_WIDTH = 100;
const INDENT = "  ";

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function keyText(key: string): string {
  // `__proto__: v` and `"__proto__": v` both set the prototype; only a computed key makes a property.
  if (key === "__proto__") return '["__proto__"]';
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

function entriesOf(value: object): [string, unknown][] {
  return Array.isArray(value) ? value.map((item) => ["", item]) : Object.entries(value);
}

function isContainer(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

/** The value on one line. */
export function compactLiteral(value: unknown): string {
  if (!isContainer(value)) return JSON.stringify(value) ?? "undefined";
  const parts = entriesOf(value).map(([key, item]) => (Array.isArray(value) ? compactLiteral(item) : `${keyText(key)}: ${compactLiteral(item)}`));
  if (parts.length === 0) return Array.isArray(value) ? "[]" : "{}";
  return Array.isArray(value) ? `[${parts.join(", ")}]` : `{ ${parts.join(", ")} }`;
}

/**
 * The value starting after `used` characters of a line at `indent`, followed by `tail`
 * (what closes the line, such as `);`): compact when the line fits, else broken open.
 */
export function literal(value: unknown, indent: string, used: number, tail = ""): string {
  const compact = compactLiteral(value);
  if (!isContainer(value) || used + compact.length + tail.length <= LINE_WIDTH || entriesOf(value).length === 0) return compact;
  const inner = indent + INDENT;
  const lines = entriesOf(value).map(([key, item]) => {
    const head = Array.isArray(value) ? "" : `${keyText(key)}: `;
    return `${inner}${head}${literal(item, inner, inner.length + head.length, ",")},`;
  });
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${lines.join("\n")}\n${indent}${close}`;
}

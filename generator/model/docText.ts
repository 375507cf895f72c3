/**
 * Spec text (summary, description, permission, even the path) placed inside a
 * `/** ... *\/` block. Inside a block comment only `*\/` ends it, so that is broken
 * up; line terminators that JavaScript knows but editors may not (CR, U+2028, U+2029)
 * become plain line breaks so each line gets its ` * ` prefix; `<!--`/`-->` are
 * broken so documentation rendered as HTML shows them as text; a line starting with
 * `@` would start a JSDoc tag, so it is escaped. Backticks and `${` are inert in a
 * comment and stay as written (backticks are Markdown code spans in hovers).
 */

const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

/** The lines of `text`, each safe inside a JSDoc block; no leading or trailing blank lines. */
export function docLines(text: string): string[] {
  const lines = text.split(LINE_BREAK).map(safeDocLine);
  while (lines.length > 0 && lines[0] === "") lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** One line made safe; the caller has already split at line breaks. */
export function safeDocLine(line: string): string {
  return line
    .replace(/\*\//g, "*\\/")
    .replace(/<!--/g, "<\\!--")
    .replace(/-->/g, "--\\>")
    .replace(/^(\s*)@/, "$1\\@")
    .trimEnd();
}

export interface OperationDocInput {
  readonly summary: string | null;
  readonly description: string | null;
  readonly method: string;
  readonly path: string;
  readonly permission: string | null;
  readonly deprecated: boolean;
}

/** The JSDoc of an operation: summary, description, `METHOD path`, permission, deprecation. */
export function operationDocLines(input: OperationDocInput): string[] {
  const blocks = [
    input.summary === null ? [] : docLines(input.summary),
    input.description === null || input.description === input.summary ? [] : docLines(input.description),
    docLines(`\`${input.method.toUpperCase()} ${input.path}\``),
    input.permission === null ? [] : docLines(`Required permission: ${input.permission}`),
  ].filter((block) => block.length > 0);
  const lines = blocks.flatMap((block, index) => (index === 0 ? block : ["", ...block]));
  return input.deprecated ? [...lines, "@deprecated"] : lines;
}

/** The JSDoc of a waiter's client method. */
export function waiterDocLines(operationName: string, waiter: { readonly statusPointer: string; readonly done: readonly string[]; readonly failed: readonly string[] }): string[] {
  return docLines(
    `Polls {@link ${operationName}} until the value at \`${waiter.statusPointer}\` is ${waiter.done.join(" or ")} ` +
      `(resolves with the result) or ${waiter.failed.join(" or ") || "never"} (rejects).`,
  );
}

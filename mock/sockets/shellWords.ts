/**
 * Just enough of a POSIX shell's reading for the mock's commands: words split on blanks,
 * single and double quotes, backslash escapes, `$NAME` and `${NAME}` expansion (not inside
 * single quotes), and lists joined by `;`, `&&` and `||`. No pipes, redirects or globs.
 */

export type Joiner = ";" | "&&" | "||";

/** One simple command of a list, and how it is joined to the one before (null for the first). */
export interface ListItem {
  readonly argv: readonly string[];
  readonly after: Joiner | null;
}

export class ShellSyntaxError extends Error {}

/** Splits a command line into argv words, without expansion or operators (the no-shell form). */
export function splitWords(line: string): string[] {
  return line.split(/\s+/).filter((word) => word !== "");
}

export function parseList(line: string, env: Readonly<Record<string, string>>): ListItem[] {
  const items: ListItem[] = [];
  let words: string[] = [];
  let word: string | null = null;
  let after: Joiner | null = null;
  const endWord = (): void => {
    if (word !== null) words.push(word);
    word = null;
  };
  const endCommand = (joiner: Joiner | null): void => {
    endWord();
    if (words.length === 0) {
      if (joiner !== null && joiner !== ";") throw new ShellSyntaxError(`syntax error near "${joiner}"`);
    } else items.push({ argv: words, after });
    words = [];
    after = joiner;
  };
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    const two = line.slice(i, i + 2);
    if (two === "&&" || two === "||") {
      endCommand(two);
      i++;
    } else if (char === ";" || char === "\n") endCommand(";");
    else if (/\s/.test(char)) endWord();
    else if (char === "'") {
      const close = line.indexOf("'", i + 1);
      if (close === -1) throw new ShellSyntaxError("unterminated quote");
      word = (word ?? "") + line.slice(i + 1, close);
      i = close;
    } else if (char === '"') {
      const [text, close] = readDoubleQuoted(line, i + 1, env);
      word = (word ?? "") + text;
      i = close;
    } else if (char === "\\" && i + 1 < line.length) word = (word ?? "") + line[++i];
    else if (char === "$") {
      const [text, last] = expand(line, i, env);
      word = (word ?? "") + text;
      i = last;
    } else word = (word ?? "") + char;
  }
  endCommand(null);
  return items;
}

function readDoubleQuoted(line: string, from: number, env: Readonly<Record<string, string>>): [string, number] {
  let text = "";
  for (let i = from; i < line.length; i++) {
    const char = line[i]!;
    if (char === '"') return [text, i];
    if (char === "\\" && i + 1 < line.length && /["\\$]/.test(line[i + 1]!)) text += line[++i];
    else if (char === "$") {
      const [value, last] = expand(line, i, env);
      text += value;
      i = last;
    } else text += char;
  }
  throw new ShellSyntaxError("unterminated quote");
}

/** `$NAME` or `${NAME}` at `at`: the value and the index of its last character. */
function expand(line: string, at: number, env: Readonly<Record<string, string>>): [string, number] {
  const braced = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(line.slice(at));
  const plain = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(line.slice(at));
  const match = braced ?? plain;
  if (match === null) return ["$", at];
  return [env[match[1]!] ?? "", at + match[0].length - 1];
}

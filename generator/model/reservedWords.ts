/**
 * Words that cannot name a function or a `const` in an ES module (ECMAScript 2023
 * §13.1 and §12.7.2: reserved words, strict-mode future reserved words, `await` in
 * modules, and `eval`/`arguments`, which strict code may not bind).
 */
const RESERVED = new Set([
  "arguments", "await", "break", "case", "catch", "class", "const", "continue", "debugger",
  "default", "delete", "do", "else", "enum", "eval", "export", "extends", "false", "finally",
  "for", "function", "if", "implements", "import", "in", "instanceof", "interface", "let",
  "new", "null", "package", "private", "protected", "public", "return", "static", "super",
  "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
]);

export function isReservedWord(name: string): boolean {
  return RESERVED.has(name);
}

/** `delete` -> `delete_`; other names unchanged. The suffix keeps the name recognisable. */
export function escapeReservedWord(name: string): string {
  return isReservedWord(name) ? `${name}_` : name;
}

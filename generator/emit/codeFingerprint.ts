/**
 * The code of a TypeScript text without its comments and layout: its tokens, in order.
 * Two texts with the same fingerprint differ only in comments and whitespace, which
 * cannot change what the compiler reports, except comment directives (`@ts-ignore`,
 * `@ts-expect-error`, `@ts-nocheck`, triple-slash references); a text with any of those
 * has no fingerprint. The scanner alone cannot tell a regular expression from a division
 * or find where a template's `${}` part ends, so texts with `/` or `${` outside comments
 * get none either: `null` always means "check it properly".
 */
import { ts } from "../dependencies/tsMorph.js";

const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true);

export function codeFingerprint(text: string): string | null {
  if (text.includes("@ts-") || text.includes("///")) return null;
  scanner.setText(text);
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken || kind === ts.SyntaxKind.TemplateHead) return null;
    if (kind === ts.SyntaxKind.Unknown) return null;
    tokens.push(scanner.getTokenText());
  }
  scanner.setText(undefined);
  return tokens.join("\u0000");
}

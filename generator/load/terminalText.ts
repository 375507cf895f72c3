/**
 * Text from a spec (keys, names, descriptions, file names) ends up on a terminal in
 * problem lines. A key holding an ANSI escape could rewrite what the user sees (hide a
 * problem, fake a success) and bidirectional-override characters can reorder a line, so
 * every such character is shown as a visible `\u{...}` escape instead.
 */

/** C0 and C1 control characters, DEL, and the Unicode bidirectional embedding, override and isolate marks. */
const UNSAFE_FOR_TERMINAL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu;

export function escapeControlCharacters(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
}

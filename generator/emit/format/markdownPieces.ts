/**
 * Cuts a Markdown document before headings where prettier's output for the pieces,
 * joined by one empty line, is the output for the whole: prettier prints each top-level
 * block on its own, separates blocks by one empty line, and an ATX heading at column 0
 * after an empty line starts a new block whatever came before (CommonMark §4.2), unless
 * that text is still inside a fenced code block or an HTML block of kinds 1 to 5, which
 * only their closing line ends (§4.5, §4.6). Those are tracked line by line. Documents
 * with link reference definitions (they act at a distance) or prettier-ignore comments
 * (they act on the next block) are not cut at all.
 *
 * Why: prettier's Markdown printer slows down more than linearly with length, pieces
 * need a fraction of the memory of the whole, and they can be formatted on several
 * threads (the benchmark's large-spec rows show the effect).
 */

/** Pieces are about this long; a piece only ends at a heading. */
const PIECE_TARGET = 20_000;

const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const BLANK = /^[ \t]*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]*\]:/m;

/** HTML block starts whose block runs to a closing marker rather than to an empty line. */
const HTML_BLOCKS: readonly { readonly start: RegExp; readonly end: RegExp }[] = [
  { start: /^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, end: /<\/(?:script|pre|style|textarea)>/i },
  { start: /^ {0,3}<!--/, end: /-->/ },
  { start: /^ {0,3}<\?/, end: /\?>/ },
  { start: /^ {0,3}<![A-Za-z]/, end: />/ },
  { start: /^ {0,3}<!\[CDATA\[/, end: /\]\]>/ },
];

/** `pieceTarget`: the least length of a piece (tests cut smaller). */
export function markdownPieces(text: string, pieceTarget = PIECE_TARGET): string[] {
  if (REFERENCE_DEFINITION.test(text) || text.includes("prettier-ignore")) return [text];
  const lines = text.split("\n");
  const pieces: string[] = [];
  let pieceStart = 0;
  let offset = 0;
  let state: OpenBlock = null;
  for (const [index, line] of lines.entries()) {
    const atCut = state === null && index > 0 && ATX_HEADING.test(line) && BLANK.test(lines[index - 1] ?? "");
    if (atCut && offset - pieceStart >= pieceTarget) {
      pieces.push(text.slice(pieceStart, offset));
      pieceStart = offset;
    }
    state = nextState(state, line);
    offset += line.length + 1;
  }
  pieces.push(text.slice(pieceStart));
  return pieces;
}

/** The formatted pieces as one document: each ends with a line break; one empty line between. */
export function joinMarkdownPieces(formatted: readonly string[]): string {
  return formatted.join("\n");
}

/** What the line leaves open: a fence (its character and length) or an HTML block (its end marker). */
type OpenBlock = { readonly fence: string; readonly length: number } | { readonly htmlEnd: RegExp } | null;

function nextState(state: OpenBlock, line: string): OpenBlock {
  if (state !== null && "fence" in state) return closesFence(line, state.fence, state.length) ? null : state;
  if (state !== null) return state.htmlEnd.test(line) ? null : state;
  const fence = FENCE.exec(line);
  if (fence) {
    const run = fence[1] ?? "";
    const info = fence[2] ?? "";
    // A backtick fence's info string cannot hold a backtick (then it is inline code).
    if (!(run.startsWith("`") && info.includes("`"))) return { fence: run.charAt(0), length: run.length };
  }
  for (const block of HTML_BLOCKS) {
    const start = block.start.exec(line);
    if (start) return block.end.test(line.slice(start[0].length)) ? null : { htmlEnd: block.end };
  }
  return null;
}

function closesFence(line: string, fence: string, length: number): boolean {
  const match = /^ {0,3}(`+|~+)[ \t]*$/.exec(line);
  const run = match?.[1] ?? "";
  return run.charAt(0) === fence && run.length >= length;
}

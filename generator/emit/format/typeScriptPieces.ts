/**
 * Formats a large TypeScript file with prettier piece by piece, to the very bytes that
 * formatting the whole file gives. Generated files are mostly long lists of interface
 * and type-literal members (openapi-typescript's `paths`, `components`, `operations`;
 * the client interface), and prettier prints each such member on its own: its output
 * depends on the member's text and its depth only (quoting under `quoteProps:
 * "as-needed"` is decided per key; the object stays broken because its text has a line
 * break after `{`). So members are formatted in groups inside a stand-in of the same
 * depth, and the groups' lines are joined, with a blank line where prettier keeps one.
 *
 * Why: one prettier run over a large schema (GitHub's) holds the AST and doc tree of the
 * whole file at once, which costs far more memory and CPU than pieces do; pieces keep memory small,
 * and in watch mode unchanged pieces come from the cache, so a one-line spec edit
 * reformats a few kB. Anything this module is not sure of (a comment on a member's
 * last line, text after the last member) is formatted in one piece, as before.
 */
import type * as TypeScript from "typescript";
import { ts } from "../../dependencies/typescript.js";

/** Formats one complete TypeScript text with the fixed options (prettier). */
export type FormatWhole = (text: string) => Promise<string>;

export interface PieceLimits {
  /** Containers smaller than this are formatted whole: splitting them would save nothing. */
  readonly splitThreshold: number;
  /** A group of members is closed at a content-defined boundary, or when it grows past this. */
  readonly groupLimit: number;
  /** A member ends a group when its text's hash has these bits clear (7: about one in eight), so an edit moves no other boundary. */
  readonly boundaryMask: number;
}

export const DEFAULT_PIECE_LIMITS: PieceLimits = { splitThreshold: 16_384, groupLimit: 32_768, boundaryMask: 7 };

const PLACEHOLDER = "__formatPiece__: 0;";
const WRAPPER_OPEN = "interface __FormatPiece__ {";
const NESTED_OPEN = "__formatPiece__: {";

/** A top-level statement or a member with the text before it (comments), and whether a blank line follows it. */
interface Span {
  readonly node: TypeScript.Node;
  /** Where the span's text begins: right after the previous span (its leading comments included). */
  readonly start: number;
  readonly end: number;
  /** Prettier keeps one empty line after it. */
  readonly blankAfter: boolean;
}

export async function formatTypeScriptInPieces(text: string, formatWhole: FormatWhole, limits: PieceLimits = DEFAULT_PIECE_LIMITS): Promise<string> {
  if (text.length < limits.splitThreshold) return formatWhole(text);
  const context: Context = { text, formatWhole, limits };
  const sourceFile = ts.createSourceFile("pieces.ts", text, ts.ScriptTarget.Latest, /* setParentNodes */ false, ts.ScriptKind.TS);
  const spans = splitList(text, sourceFile.statements, 0, text.length);
  if (spans === null || sourceFile.statements.length === 0) return formatWhole(text);
  // Every piece is asked for at once, so that several threads can format them (see formatLanes.ts).
  const parts = await Promise.all(
    spans.map(async (span) => (isBig(span, limits) ? await formatContainer(context, span, 0) : null) ?? formatWhole(text.slice(span.start, span.end))),
  );
  return parts.map((part, index) => (spans[index]?.blankAfter && index < parts.length - 1 ? `${part}\n` : part)).join("");
}

interface Context {
  readonly text: string;
  readonly formatWhole: FormatWhole;
  readonly limits: PieceLimits;
}

function isBig(span: Span, limits: PieceLimits): boolean {
  return isSplittable(span.node) && span.end - span.start >= limits.splitThreshold;
}

/**
 * `{ ... }` containers whose members can be printed apart: an interface, or a property
 * whose type is a type literal (nested `paths["/x"]` objects).
 */
function isSplittable(node: TypeScript.Node): node is TypeScript.InterfaceDeclaration | TypeScript.PropertySignature {
  if (ts.isInterfaceDeclaration(node)) return node.members.length > 1;
  return ts.isPropertySignature(node) && node.type !== undefined && ts.isTypeLiteralNode(node.type) && node.type.members.length > 1;
}

function membersOf(node: TypeScript.InterfaceDeclaration | TypeScript.PropertySignature): TypeScript.NodeArray<TypeScript.TypeElement> {
  if (ts.isInterfaceDeclaration(node)) return node.members;
  return (node.type as TypeScript.TypeLiteralNode).members;
}

/**
 * The container's formatted lines (`depth` containers around it), or `null` when its
 * members cannot be cut apart safely. Text ends with a line break.
 */
async function formatContainer(context: Context, span: Span, depth: number): Promise<string | null> {
  const { text, formatWhole } = context;
  const node = span.node as TypeScript.InterfaceDeclaration | TypeScript.PropertySignature;
  const members = membersOf(node);
  const first = members[0];
  const last = members[members.length - 1];
  if (!first || !last) return null;
  const closeBrace = ts.isInterfaceDeclaration(node) ? node.end - 1 : (node.type as TypeScript.TypeLiteralNode).end - 1;
  // Text between the last member and `}` would be a dangling comment of the container.
  if (text.slice(last.end, closeBrace).trim() !== "") return null;
  const memberSpans = splitList(text, members, first.pos, closeBrace);
  if (memberSpans === null) return null;
  // The container itself, its members replaced by one placeholder: gives the opening and closing lines.
  const skeleton = `${text.slice(span.start, first.pos)}\n${PLACEHOLDER}\n${text.slice(closeBrace, span.end)}`;
  const [frame, inner] = await Promise.all([formatAtDepth(skeleton, depth, formatWhole), formatMembers(context, memberSpans, depth + 1)]);
  const placeholderLine = `${"  ".repeat(depth + 1)}${PLACEHOLDER}`;
  const at = frame?.indexOf(`\n${placeholderLine}\n`) ?? -1;
  if (frame === null || at === -1 || frame.indexOf(placeholderLine, at + 1 + placeholderLine.length) !== -1) return null;
  if (inner === null) return null;
  return `${frame.slice(0, at + 1)}${inner}${frame.slice(at + 2 + placeholderLine.length)}`;
}

/** The members' formatted lines at `depth`, group by group; big type-literal members recurse. */
async function formatMembers(context: Context, spans: readonly Span[], depth: number): Promise<string | null> {
  const { text, limits } = context;
  const units: Span[][] = [];
  let group: Span[] = [];
  let size = 0;
  const close = () => {
    if (group.length > 0) units.push(group);
    group = [];
    size = 0;
  };
  for (const span of spans) {
    const length = span.end - span.start;
    if (isBig(span, limits)) {
      close();
      units.push([span]);
      continue;
    }
    group.push(span);
    size += length;
    if (size >= limits.groupLimit || (hashOf(text, span.start, span.end) & limits.boundaryMask) === 0) close();
  }
  close();
  const formatted = await Promise.all(units.map((unit) => formatUnit(context, unit, depth)));
  if (formatted.includes(null)) return null;
  const parts = formatted as string[];
  return parts.map((part, index) => (units[index]?.at(-1)?.blankAfter && index < parts.length - 1 ? `${part}\n` : part)).join("");
}

async function formatUnit(context: Context, unit: readonly Span[], depth: number): Promise<string | null> {
  const { text, formatWhole } = context;
  const only = unit[0];
  if (unit.length === 1 && only && isBig(only, context.limits)) {
    const nested = await formatContainer(context, only, depth);
    if (nested !== null) return nested;
  }
  const first = unit[0];
  const last = unit[unit.length - 1];
  if (!first || !last) return "";
  return formatAtDepth(text.slice(first.start, last.end), depth, formatWhole);
}

/**
 * Formats member text as if it sat `depth` containers deep (depth 0: top level) and
 * returns its lines only. `null` if prettier printed the stand-in unexpectedly.
 */
async function formatAtDepth(body: string, depth: number, formatWhole: FormatWhole): Promise<string | null> {
  if (depth === 0) return formatWhole(body);
  const opens = [WRAPPER_OPEN, ...Array.from({ length: depth - 1 }, () => NESTED_OPEN)];
  const wrapped = `${opens.join("\n")}\n${body}\n${"}\n".repeat(depth)}`;
  const formatted = await formatWhole(wrapped);
  const lines = formatted.split("\n");
  const expectedOpen = opens.map((open, level) => `${"  ".repeat(level)}${open}`);
  const expectedClose = Array.from({ length: depth }, (_, level) => `${"  ".repeat(depth - 1 - level)}}${level === depth - 1 ? "" : ";"}`);
  const head = lines.slice(0, depth);
  const tail = lines.slice(lines.length - 1 - depth, lines.length - 1);
  if (head.join("\n") !== expectedOpen.join("\n") || tail.join("\n") !== expectedClose.join("\n")) return null;
  return `${lines.slice(depth, lines.length - 1 - depth).join("\n")}\n`;
}

/**
 * Cuts a statement or member list into spans, or `null` where a cut could change the
 * output: each node must end its line (no comment after it on the same line), since
 * prettier would attach such a comment to it.
 */
function splitList(text: string, nodes: readonly TypeScript.Node[], from: number, to: number): Span[] | null {
  const spans: Span[] = [];
  let start = from;
  for (const [index, node] of nodes.entries()) {
    const end = index === nodes.length - 1 ? Math.max(node.end, lastNonSpace(text, node.end, to)) : node.end;
    const lineEnd = nextLineBreak(text, node.end);
    if (index < nodes.length - 1 && lineEnd === -1) return null;
    spans.push({ node, start, end, blankAfter: index < nodes.length - 1 && isBlankLine(text, lineEnd + 1) });
    start = end;
  }
  return spans;
}

/** Offset of the `\n` ending the line at `offset` if only spaces come before it, else -1. */
function nextLineBreak(text: string, offset: number): number {
  let at = offset;
  while (text[at] === " " || text[at] === "\t" || text[at] === "\r") at++;
  return text[at] === "\n" ? at : -1;
}

function isBlankLine(text: string, offset: number): boolean {
  return nextLineBreak(text, offset) !== -1;
}

/** The end of the last non-space text before `to` (comments after the last node stay with it). */
function lastNonSpace(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1] ?? "")) end--;
  return end;
}

/** FNV-1a over a span's text. */
function hashOf(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let index = start; index < end; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193);
  return hash >>> 0;
}

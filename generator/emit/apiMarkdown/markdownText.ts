/** Placing arbitrary spec text inside Markdown without breaking its structure. */

/** `` `text` ``, with a longer fence when the text holds backticks (CommonMark §6.1). */
export function inlineCode(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** One table cell: line breaks become spaces and pipes are escaped (GFM tables). */
export function tableCell(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(/\|/g, "\\|").trim();
}

/** An HTML comment holding `lines`; `--` cannot appear inside one, so it is split. */
export function htmlComment(lines: readonly string[]): string {
  return `<!-- ${lines.join(" ").replace(/--/g, "- -").replace(/-$/, "- ")} -->`;
}

/** A fenced code block whose fence is longer than any backtick run inside. */
export function codeBlock(language: string, code: string): string {
  const longestRun = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longestRun + 1);
  return `${fence}${language}\n${code}\n${fence}`;
}

/** GitHub's heading anchor for a heading made of one identifier: lower-cased. */
export function headingAnchor(identifier: string): string {
  return `#${identifier.toLowerCase()}`;
}

import { escapeControlCharacters } from "./terminalText.js";

/**
 * One problem found in a spec, pinned to a place in an original source file.
 * Both the loader (unreadable files, YAML syntax, unresolvable `$ref`s) and the
 * linter report in this shape, so every command prints problems the same way.
 */
export interface SpecProblem {
  /** Source file, relative to the current directory (POSIX separators). */
  readonly file: string;
  /** 1-based line in `file`. */
  readonly line: number;
  /** 1-based column in `file`. */
  readonly col: number;
  /** Stable rule id, e.g. `yaml-syntax`, `no-unresolved-refs`, `nf/path-params-required`. */
  readonly rule: string;
  readonly message: string;
  /** JSON pointer inside `file` (`#/...`), or `null` when only line and column are known. */
  readonly pointer: string | null;
}

/** Rule ids the loader uses. All but `unresolvedRef` mean the input could not be (or was not) read. */
export const LOAD_RULES = {
  unreadableFile: "unreadable-file",
  yamlSyntax: "yaml-syntax",
  refOutsideSpec: "ref-outside-spec",
  inputLimit: "input-limit",
  unresolvedRef: "no-unresolved-refs",
} as const;

const UNREADABLE_RULES: ReadonlySet<string> = new Set([
  LOAD_RULES.unreadableFile,
  LOAD_RULES.yamlSyntax,
  LOAD_RULES.refOutsideSpec,
  LOAD_RULES.inputLimit,
]);

/** Whether the problem means part of the input could not be read at all (exit 2, not 1). */
export function isUnreadableProblem(problem: SpecProblem): boolean {
  return UNREADABLE_RULES.has(problem.rule);
}

/**
 * The one-line form `file:line:col  rule  message` (two spaces between the fields),
 * safe to print: spec text reaches the message, so control characters are escaped.
 */
export function formatProblem(problem: SpecProblem): string {
  const message = problem.message.replace(/\s*\n\s*/g, " ");
  return escapeControlCharacters(`${problem.file}:${problem.line}:${problem.col}  ${problem.rule}  ${message}`);
}

/** Orders problems by file, line, column, then rule and message, so output is stable. */
export function compareProblems(a: SpecProblem, b: SpecProblem): number {
  return (
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.col - b.col ||
    compareText(a.rule, b.rule) ||
    compareText(a.message, b.message)
  );
}

/** Sorts and removes exact duplicates (the same rule can reach a shared node twice). */
export function sortUniqueProblems(problems: readonly SpecProblem[]): SpecProblem[] {
  const seen = new Set<string>();
  return [...problems].sort(compareProblems).filter((problem) => {
    const key = formatProblem(problem);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

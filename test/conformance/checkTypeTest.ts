/**
 * Compiles the written conformance type test in memory, against the repository's real
 * files and `node_modules`, and turns each type error into the check it belongs to.
 */
import path from "node:path";
import ts from "typescript";
import type { CheckLine, TypeTestSource } from "./typeTestSource.js";

export interface Disagreement {
  readonly check: CheckLine | null;
  /** The check's line, or the line of an `@ts-expect-error` that no longer has an error. */
  readonly line: number;
  readonly message: string;
}

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
};

/** Type-checks `source` as if it were the file at `virtualPath` and lists its errors. */
export function checkTypeTest(
  source: TypeTestSource,
  virtualPath: string,
): Disagreement[] {
  const fileName = path.resolve(virtualPath);
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (name) => name === fileName || ts.sys.fileExists(name);
  host.readFile = (name) => (name === fileName ? source.text : readFile(name));
  host.getSourceFile = (name, language, onError) =>
    name === fileName
      ? ts.createSourceFile(name, source.text, language)
      : getSourceFile(name, language, onError);
  const program = ts.createProgram([fileName], COMPILER_OPTIONS, host);
  const diagnostics = ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName === fileName);
  return diagnostics.map((diagnostic) => toDisagreement(diagnostic, source));
}

function toDisagreement(
  diagnostic: ts.Diagnostic,
  source: TypeTestSource,
): Disagreement {
  const { line } = diagnostic.file!.getLineAndCharacterOfPosition(
    diagnostic.start ?? 0,
  );
  const lineNumber = line + 1;
  const check =
    source.checks.get(lineNumber) ?? source.checks.get(lineNumber + 1) ?? null;
  return {
    check,
    line: lineNumber,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  };
}

/**
 * The public surface of the generated package as data: every symbol `index.ts`
 * exports, with its kind, the file declaring it and its signature. Committed beside
 * the code, it makes API changes visible in review and comparable between versions.
 */
import type { ClassDeclaration, SourceFile } from "ts-morph";
import { Node, ts } from "../dependencies/tsMorph.js";
import type { OutputFile } from "./renderFiles.js";
import { compareCodeUnits } from "../model/uniqueNames.js";

export const API_REPORT_FILE = "api-report.json";

export interface ApiReportEntry {
  readonly name: string;
  readonly kind: string;
  /** Declaring file, relative to the output folder (or the runtime module, as resolved). */
  readonly file: string;
  readonly signature: string;
}

export interface ApiReportOptions {
  readonly index: SourceFile;
  /** Absolute output folder, to make declaring files relative. */
  readonly outDir: string;
  readonly headerLines: readonly string[];
}

const PRINTER = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });
const TYPE_FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

export function apiReport(options: ApiReportOptions): OutputFile {
  const entries: ApiReportEntry[] = [];
  for (const [name, declarations] of options.index.getExportedDeclarations()) {
    for (const declaration of declarations) entries.push(reportEntry(name, declaration, options.outDir));
  }
  entries.sort((a, b) => compareCodeUnits(a.name, b.name) || compareCodeUnits(a.kind, b.kind));
  const report = { $comment: options.headerLines.join(" "), exports: entries };
  return { path: API_REPORT_FILE, text: `${JSON.stringify(report, null, 2)}\n` };
}

function reportEntry(name: string, declaration: Node, outDir: string): ApiReportEntry {
  return {
    name,
    kind: declaration.getKindName(),
    file: relativeFile(declaration.getSourceFile().getFilePath(), outDir),
    signature: signatureOf(declaration),
  };
}

/** Values by their checked type; classes by their public members; other types by their own text, comments removed. */
function signatureOf(declaration: Node): string {
  if (Node.isFunctionDeclaration(declaration) || Node.isVariableDeclaration(declaration)) {
    return declaration.getType().getText(declaration, TYPE_FLAGS);
  }
  if (Node.isClassDeclaration(declaration)) return classSignature(declaration);
  const printed = PRINTER.printNode(ts.EmitHint.Unspecified, declaration.compilerNode, declaration.getSourceFile().compilerNode);
  return printed.replace(/\s+/g, " ").trim();
}

/** A class as its `.d.ts` would show it: heritage, constructor parameters and public members, no bodies. */
function classSignature(declaration: ClassDeclaration): string {
  const heritage = declaration.getHeritageClauses().map((clause) => clause.getText()).join(" ");
  const members = [
    ...declaration.getConstructors().map((constructor) =>
      `constructor(${constructor.getParameters().map((parameter) => `${parameter.getName()}: ${typeText(parameter)}`).join(", ")})`),
    ...declaration.getInstanceProperties()
      .filter((member) => !Node.isModifierable(member) || !member.hasModifier(ts.SyntaxKind.PrivateKeyword))
      .map((member) => `${member.getName()}: ${typeText(member)}`),
    ...declaration.getMethods()
      .filter((method) => !method.hasModifier(ts.SyntaxKind.PrivateKeyword))
      .map((method) => `${method.isStatic() ? "static " : ""}${method.getName()}: ${typeText(method)}`),
  ];
  return `class ${declaration.getName() ?? ""}${heritage ? ` ${heritage}` : ""} { ${members.join("; ")} }`;
}

function typeText(node: Node): string {
  return node.getType().getText(node, TYPE_FLAGS);
}

function relativeFile(filePath: string, outDir: string): string {
  const normalizedOut = outDir.split("\\").join("/").replace(/\/$/, "");
  if (filePath.startsWith(`${normalizedOut}/`)) return filePath.slice(normalizedOut.length + 1);
  const marker = filePath.lastIndexOf("/runtime/");
  return marker === -1 ? filePath.split("/").slice(-1)[0] ?? filePath : filePath.slice(marker + 1);
}

/**
 * Signatures as the emitted code declares them, read with ts-morph from the checked
 * output: the endpoint functions, the client interface's methods (with `.all`/`.pages`
 * on paginated ones), and any other exported function or class. Text is taken from the
 * declarations' own type annotations, on one line, with the client file's namespace
 * qualifiers (`projectsEndpoints.`) dropped since the index re-exports those names.
 */
import type { FunctionDeclaration, FunctionTypeNode, MethodSignature, SourceFile } from "ts-morph";
import { Node, SyntaxKind } from "../../dependencies/tsMorph.js";

export interface ExportedSignature {
  readonly name: string;
  readonly kind: "function" | "class";
  readonly signature: string;
  /** First paragraph of the declaration's JSDoc; `null` without one. */
  readonly summary: string | null;
}

/**
 * The index's exports, resolved once per checked program: the reference asks for a few
 * of them per operation, and resolving them all on every question was quadratic
 * (seconds on GitHub's description). Keyed by the program's type checker, which is new
 * whenever any file changed (watch mode keeps the project, and an unchanged index then
 * still re-exports changed files).
 */
const exportsByChecker = new WeakMap<object, ReadonlyMap<string, readonly Node[]>>();
const clientMembersByChecker = new WeakMap<object, ReadonlyMap<string, Node>>();

function checkerOf(index: SourceFile): object {
  return index.getProject().getTypeChecker().compilerObject;
}

function exportedDeclarations(index: SourceFile): ReadonlyMap<string, readonly Node[]> {
  let found = exportsByChecker.get(checkerOf(index));
  if (!found) {
    found = index.getExportedDeclarations();
    exportsByChecker.set(checkerOf(index), found);
  }
  return found;
}

/** The client interface's method and property signatures by name (the first of each name). */
function clientMembers(index: SourceFile, clientTypeName: string): ReadonlyMap<string, Node> {
  let members = clientMembersByChecker.get(checkerOf(index));
  if (!members) {
    const client = exportedDeclarations(index).get(clientTypeName)?.find(Node.isInterfaceDeclaration);
    const byName = new Map<string, Node>();
    for (const member of client?.getMembers() ?? []) {
      if ((Node.isMethodSignature(member) || Node.isPropertySignature(member)) && !byName.has(member.getName())) byName.set(member.getName(), member);
    }
    members = byName;
    clientMembersByChecker.set(checkerOf(index), members);
  }
  return members;
}

/** `name(a: A, b?: B): R`, or `null` when `name` is not an exported function. */
export function functionSignature(index: SourceFile, name: string): string | null {
  const declaration = exportedDeclarations(index).get(name)?.find(Node.isFunctionDeclaration);
  return declaration ? `${name}${callText(declaration)}` : null;
}

/**
 * The client interface's member `name` as calls: `client.name(args): R`, plus
 * `client.name.all(args): ...` and `client.name.pages(args): ...` when it has them.
 */
export function clientMemberSignatures(index: SourceFile, clientTypeName: string, name: string, qualifiers: readonly string[]): string[] {
  const member = clientMembers(index, clientTypeName).get(name);
  if (!member || !(Node.isMethodSignature(member) || Node.isPropertySignature(member))) return [];
  const own: Callable[] = Node.isMethodSignature(member) ? [member] : member.getDescendantsOfKind(SyntaxKind.FunctionType).slice(0, 1);
  const nested: MethodSignature[] = Node.isMethodSignature(member) ? [] : member.getDescendantsOfKind(SyntaxKind.MethodSignature);
  return [
    ...own.map((signature) => `client.${name}${callText(signature)}`),
    ...nested.map((method) => `client.${name}.${method.getName()}${callText(method)}`),
  ].map((text) => dropQualifiers(text, qualifiers));
}

/** Every exported function and class that is not in `except` (the operations), sorted by name. */
export function otherExports(index: SourceFile, except: ReadonlySet<string>): ExportedSignature[] {
  const found: ExportedSignature[] = [];
  for (const [name, declarations] of exportedDeclarations(index)) {
    if (except.has(name)) continue;
    for (const declaration of declarations) {
      if (Node.isFunctionDeclaration(declaration)) found.push({ name, kind: "function", signature: `${name}${callText(declaration)}`, summary: summaryOf(declaration) });
      else if (Node.isClassDeclaration(declaration)) {
        const heritage = declaration.getExtends()?.getText();
        found.push({ name, kind: "class", signature: `class ${name}${heritage ? ` extends ${heritage}` : ""}`, summary: summaryOf(declaration) });
      }
    }
  }
  return found.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

type Callable = FunctionDeclaration | MethodSignature | FunctionTypeNode;

/** `(a: A, b?: B): R` from the declaration's own annotations. */
function callText(callable: Callable): string {
  const parameters = callable.getParameters().map((parameter) => parameter.getText()).join(", ");
  const returned = callable.getReturnTypeNode()?.getText() ?? "void";
  return oneLine(`(${parameters}): ${returned}`);
}

function summaryOf(declaration: Node): string | null {
  if (!Node.isJSDocable(declaration)) return null;
  const description = declaration.getJsDocs()[0]?.getDescription().trim() ?? "";
  const first = description.split(/\n\s*\n/)[0]?.trim() ?? "";
  return first === "" ? null : oneLine(first);
}

function dropQualifiers(text: string, qualifiers: readonly string[]): string {
  return qualifiers.reduce((result, qualifier) => result.split(`${qualifier}.`).join(""), text);
}

/** Collapses the formatter's line breaks; trailing commas it added before `)` or `>` go too. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").replace(/,\s*([)>\]])/g, "$1").replace(/([(<[])\s+/g, "$1").replace(/\s+([)>\]])/g, "$1");
}

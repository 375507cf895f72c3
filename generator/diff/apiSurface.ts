/**
 * The public API surface of one generation of the client, read with ts-morph from the
 * emitted files (checked in memory against the runtime, never written): per operation
 * its function's argument and result types expanded structurally, and the request
 * facts its `OperationSpec` constant states (method, path, scoped paths, pagination,
 * waiter); plus the names of the spec's named schemas (`components["schemas"]`).
 */
import path from "node:path";
import type { SourceFile, Type } from "ts-morph";
import { Node, Project } from "../dependencies/tsMorph.js";
import type { ApiModel } from "../model/types.js";
import type { OutputFile } from "../emit/renderFiles.js";
import { INDEX_FILE, SCHEMA_FILE } from "../emit/renderFiles.js";
import { CHECK_COMPILER_OPTIONS } from "../emit/typeCheck.js";
import { compareCodeUnits } from "../model/uniqueNames.js";
import { ShapeReader } from "./typeShape.js";
import { NEVER, type TypeShape } from "./shape.js";

export interface OperationSurface {
  readonly name: string;
  /** Upper case: `POST`. */
  readonly method: string;
  readonly path: string;
  /** Scope name to its path template. */
  readonly scopedPaths: Readonly<Record<string, string>>;
  /** Whether the argument object may be left out. */
  readonly argsOptional: boolean;
  /** `{ path, query, body, signal, timeoutMs }` as the function takes it. */
  readonly args: TypeShape;
  /** What the call resolves to. */
  readonly result: TypeShape;
  readonly paginated: boolean;
  /** The waiter method's name; `null` without one. */
  readonly waiter: string | null;
}

export interface ApiSurface {
  /** Sorted by name. */
  readonly operations: readonly OperationSurface[];
  /** `components["schemas"]` keys, sorted. */
  readonly schemaTypes: readonly string[];
}

export interface ReadSurfaceOptions {
  readonly files: readonly OutputFile[];
  readonly model: ApiModel;
  /** Where the files would live; the runtime import resolves from there. */
  readonly outDir: string;
}

export function readSurface(options: ReadSurfaceOptions): ApiSurface {
  const index = indexOf(options);
  const exports = index.getExportedDeclarations();
  const declaration = (name: string): Node | undefined => exports.get(name)?.[0];
  const reader = new ShapeReader(index);
  const operations = options.model.operations.map((operation) => {
    const fn = declaration(operation.name);
    const spec = declaration(operation.code.specConst);
    if (!fn || !Node.isFunctionDeclaration(fn) || !spec) throw new Error(`the emitted index does not export ${operation.name} and ${operation.code.specConst}`);
    const args = fn.getParameters()[1];
    const specType = spec.getType();
    return {
      name: operation.name,
      method: literalProperty(specType, "method", index).toUpperCase(),
      path: literalProperty(specType, "path", index),
      scopedPaths: scopedPathsOf(specType, index),
      argsOptional: args === undefined || args.isOptional(),
      args: args ? reader.shapeOf(args.getType()) : NEVER,
      result: reader.shapeOf(fn.getReturnType().getTypeArguments()[0] ?? fn.getReturnType()),
      paginated: !propertyType(specType, "pagination", index).isNull(),
      waiter: waiterName(propertyType(specType, "waiter", index), index),
    };
  });
  return { operations: operations.sort((a, b) => compareCodeUnits(a.name, b.name)), schemaTypes: schemaTypeNames(index) };
}

function indexOf(options: ReadSurfaceOptions): SourceFile {
  const project = new Project({ compilerOptions: CHECK_COMPILER_OPTIONS, skipAddingFilesFromTsConfig: true });
  const outDir = path.resolve(options.outDir);
  for (const file of options.files) {
    if (file.path.endsWith(".ts")) project.createSourceFile(path.join(outDir, file.path), file.text, { overwrite: true });
  }
  return project.getSourceFileOrThrow(path.join(outDir, INDEX_FILE));
}

function propertyType(type: Type, name: string, at: Node): Type {
  const symbol = type.getProperty(name);
  if (!symbol) throw new Error(`the operation constant has no ${name}`);
  return symbol.getTypeAtLocation(at);
}

function literalProperty(type: Type, name: string, at: Node): string {
  const value = propertyType(type, name, at).getLiteralValue();
  if (typeof value !== "string") throw new Error(`the operation constant's ${name} is not a string literal`);
  return value;
}

function scopedPathsOf(specType: Type, at: Node): Record<string, string> {
  const scopes = propertyType(specType, "scopedPaths", at);
  const entries = scopes.getProperties().map((scope) => [scope.getName(), literalProperty(scope.getTypeAtLocation(at), "path", at)] as const);
  return Object.fromEntries(entries.sort(([a], [b]) => compareCodeUnits(a, b)));
}

function waiterName(waiter: Type, at: Node): string | null {
  return waiter.isNull() ? null : literalProperty(waiter, "name", at);
}

/** The keys of `components["schemas"]`, from the schema file's `components` interface. */
function schemaTypeNames(index: SourceFile): string[] {
  const schemaFile = index.getProject().getSourceFile((file) => file.getFilePath().endsWith(`/${SCHEMA_FILE}`));
  const schemas = schemaFile?.getInterface("components")?.getProperty("schemas");
  if (!schemas) return [];
  return schemas.getType().getProperties().map((symbol) => symbol.getName()).sort(compareCodeUnits);
}

/**
 * Type-checks the emitted files in memory, as if they were already in the output
 * folder, against the real runtime and openapi-fetch on disk (the package specifier
 * `@northflank-openapi/client/runtime` resolves to the runtime beside this generator). A compile error is a
 * generator bug or a spec the generator misread: it is reported at the generated
 * file and line, and at the place in the spec of the operation it belongs to.
 */
import path from "node:path";
import type { Diagnostic, Program, SourceFile } from "ts-morph";
import { Node, Project, ts, type CompilerOptions } from "../dependencies/tsMorph.js";
import type { ApiModel, OperationModel } from "../model/types.js";
import type { Locate } from "../model/modelProblem.js";
import type { OutputFile } from "./renderFiles.js";
import { runtimeModulePaths } from "./runtimeModule.js";
import type { TypeCheckCache } from "./generationCache.js";
import { codeFingerprint } from "./codeFingerprint.js";

/** The options generated code must compile under: the strictest a user is likely to have. */
export const CHECK_COMPILER_OPTIONS: CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  types: [],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noImplicitOverride: true,
  noUnusedLocals: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
};

export interface GeneratedTypeError {
  /** Generated file, relative to the output folder. */
  readonly file: string;
  readonly line: number;
  readonly message: string;
  /** The operation whose declarations hold the error, when there is one. */
  readonly operation: OperationModel | null;
}

export interface TypeCheckOptions {
  readonly files: readonly OutputFile[];
  /** Where the files would be written; imports resolve from there. */
  readonly outDir: string;
  readonly model: ApiModel;
  /** A project kept from the previous run of this process (watch mode); new one without. */
  readonly cache?: TypeCheckCache;
}


export interface TypeCheckResult extends AddedFiles {
  readonly errors: readonly GeneratedTypeError[];
}

/** The generated files in the checking project, not checked yet (see `checkAddedFiles`). */
export interface AddedFiles {
  /** The checking project, for the API report. */
  readonly project: Project;
  readonly sourceFiles: ReadonlyMap<string, SourceFile>;
  /** The files' code without comments (see codeFingerprint.ts), when the cache keeps it; else `null`. */
  readonly code: string | null;
  readonly fingerprints: ReadonlyMap<string, string> | null;
}

export function typeCheckOutput(options: TypeCheckOptions): TypeCheckResult {
  return checkAddedFiles(addToCheckProject(options), options);
}

/**
 * Puts the files into the checking project (parsed, nothing checked), so that what reads
 * declarations only (the reference's text) can run before the check does.
 */
export function addToCheckProject(options: TypeCheckOptions): AddedFiles {
  const project = projectFor(options);
  const sourceFiles = new Map<string, SourceFile>();
  for (const file of options.files) {
    if (!file.path.endsWith(".ts")) continue;
    const filePath = path.join(options.outDir, file.path);
    const kept = project.getSourceFile(filePath);
    sourceFiles.set(file.path, kept?.getFullText() === file.text ? kept : project.createSourceFile(filePath, file.text, { overwrite: true }));
  }
  forgetRemovedFiles(project, options.cache, new Set([...sourceFiles.values()].map((sourceFile) => sourceFile.getFilePath())));
  const fingerprints = options.cache?.keepFingerprints ? fingerprintsOf(options.files) : null;
  const code = fingerprints === null ? null : [...fingerprints].map(([file, fingerprint]) => `${file}\u0000${fingerprint}`).join("\u0001");
  return { project, sourceFiles, code, fingerprints };
}

/** The type errors of the files `addToCheckProject` added. */
export function checkAddedFiles(added: AddedFiles, options: Pick<TypeCheckOptions, "model" | "cache">): TypeCheckResult {
  const { project, sourceFiles, fingerprints } = added;
  if (fingerprints !== null && sameCode(fingerprints, options.cache?.cleanFingerprints ?? null)) {
    // Only comments and layout changed since a check without errors: nothing to report.
    return { ...added, errors: [] };
  }
  const program = project.getProgram();
  const errors = [...sourceFiles].flatMap(([relative, sourceFile]) =>
    diagnosticsOf(program, sourceFile)
      .filter((diagnostic) => diagnostic.getCategory() === ts.DiagnosticCategory.Error)
      .map((diagnostic) => toTypeError(diagnostic, sourceFile, relative, options.model)),
  );
  if (options.cache) options.cache.cleanFingerprints = errors.length === 0 ? fingerprints : null;
  return { ...added, errors };
}

/** Every checked file's code fingerprint, or `null` when one has none. */
function fingerprintsOf(files: readonly OutputFile[]): Map<string, string> | null {
  const fingerprints = new Map<string, string>();
  for (const file of files) {
    if (!file.path.endsWith(".ts")) continue;
    const fingerprint = codeFingerprint(file.text);
    if (fingerprint === null) return null;
    fingerprints.set(file.path, fingerprint);
  }
  return fingerprints;
}

function sameCode(current: ReadonlyMap<string, string>, clean: ReadonlyMap<string, string> | null): boolean {
  if (clean === null || clean.size !== current.size) return false;
  for (const [file, fingerprint] of current) if (clean.get(file) !== fingerprint) return false;
  return true;
}

/**
 * Parses and binds what every check needs besides the generated files (the standard
 * library, the runtime, openapi-fetch) into the cache's project, so that the check
 * proper only adds the generated files. Worth calling while the files are being
 * formatted on another thread.
 */
export function warmUpTypeCheck(cache: TypeCheckCache, outDir: string, runtimeModule: string): void {
  const project = projectFor({ outDir, cache });
  const probe = project.createSourceFile(path.join(outDir, "__warm-up__.ts"), `export type * as runtime from ${JSON.stringify(runtimeModule)};\n`, { overwrite: true });
  project.getProgram().compilerObject.getTypeChecker();
  project.removeSourceFile(probe);
}

function projectFor(options: Pick<TypeCheckOptions, "outDir" | "cache">): Project {
  const cache = options.cache;
  if (cache?.project && cache.outDir === options.outDir) return cache.project;
  const compilerOptions = { ...CHECK_COMPILER_OPTIONS, paths: runtimeModulePaths() };
  const project = new Project({ compilerOptions, skipAddingFilesFromTsConfig: true });
  if (cache) {
    cache.project = project;
    cache.outDir = options.outDir;
    cache.generated.clear();
  }
  return project;
}

/** Generated files of the previous run that this run no longer has (an operation or tag removed). */
function forgetRemovedFiles(project: Project, cache: TypeCheckCache | undefined, current: ReadonlySet<string>): void {
  if (!cache) return;
  for (const filePath of cache.generated) {
    if (current.has(filePath)) continue;
    const sourceFile = project.getSourceFile(filePath);
    if (sourceFile) project.removeSourceFile(sourceFile);
  }
  cache.generated.clear();
  for (const filePath of current) cache.generated.add(filePath);
}

/**
 * Syntax and type errors of one generated file. Only the generated files are checked:
 * errors elsewhere (the runtime's own source) were filtered out anyway, and checking
 * the runtime's bodies cost a second or so per run. What the generated files use
 * from the runtime is still resolved and checked against them.
 */
function diagnosticsOf(program: Program, sourceFile: SourceFile): Diagnostic[] {
  return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)];
}

function toTypeError(diagnostic: Diagnostic, sourceFile: SourceFile, relative: string, model: ApiModel): GeneratedTypeError {
  const start = diagnostic.getStart() ?? 0;
  return {
    file: relative,
    line: diagnostic.getLineNumber() ?? 1,
    message: ts.flattenDiagnosticMessageText(diagnostic.compilerObject.messageText, " "),
    operation: operationAt(sourceFile, start, model),
  };
}

/** The operation owning the innermost named declaration around `position`. */
function operationAt(sourceFile: SourceFile, position: number, model: ApiModel): OperationModel | null {
  const owners = declarationOwners(model);
  for (let node: Node | undefined = sourceFile.getDescendantAtPos(position); node; node = node.getParent()) {
    const name = Node.hasName(node) ? node.getName() : null;
    const owner = name === null ? undefined : owners.get(name);
    if (owner) return owner;
  }
  return null;
}

function declarationOwners(model: ApiModel): Map<string, OperationModel> {
  const owners = new Map<string, OperationModel>();
  for (const operation of model.operations) {
    const { code } = operation;
    for (const name of [operation.name, code.specConst, code.argsType, code.resultType, code.itemType, operation.waiter?.name]) {
      if (name) owners.set(name, operation);
    }
  }
  return owners;
}

/**
 * `generated/endpoints/jobs.gen.ts:40  ...  (operation getJob at spec/jobs/job.yaml:5, /paths/...)`.
 * `locate` maps the operation's pointer to its file and line (see `LoadedSpec.locate`).
 */
export function formatTypeError(error: GeneratedTypeError, outDirDisplay: string, locate: Locate): string {
  const operation = error.operation;
  const at = operation ? locate(operation.source.pointer) : null;
  const place = operation
    ? ` (operation ${operation.name} at ${at?.file ?? "?"}:${at?.line ?? "?"}, ${operation.source.pointer})`
    : "";
  return `${outDirDisplay}/${error.file}:${error.line}  generate/type-error  ${error.message}${place}`;
}

/**
 * The generator pipeline: load -> model -> prepare -> emit -> write, each a plain
 * function with one options object (the stages are in stages.ts). `buildOutput` stops
 * before writing (the `check` command and tests use it); `generate` writes. Bad input comes back as `problems` (one line each,
 * `file:line:col  rule  message`), never as an exception, and then nothing is written; a
 * failure of the generator's own is thrown, never reported as a problem of the input.
 */
import path from "node:path";
import { formatProblem, type SpecProblem } from "./load/problem.js";
import type { ApiModel } from "./model/types.js";
import { specDisplayPath } from "./emit/header.js";
import type { OutputFile } from "./emit/renderFiles.js";
import { DEFAULT_RUNTIME_MODULE, runtimeModuleProblem } from "./emit/runtimeModule.js";
import type { WriteOutputResult } from "./write/writeOutput.js";
import { outputFolderProblem } from "./write/outputFolderProblem.js";
import type { GenerationCache } from "./emit/generationCache.js";
import type { LoadSpecOptions } from "./load/loadSpec.js";
import { escapeControlCharacters } from "./load/terminalText.js";
import { MANIFEST_FILE, specFileHashes, withManifest } from "./write/manifest.js";
import type { OutputPlan } from "./write/outputPlan.js";
import type { GenerationInputs } from "./write/manifest.js";
import { RUNNING_FROM_SOURCE, TOOLCHAIN_VERSION } from "./version.js";
import { errorDetail } from "./errorDetail.js";

export interface GenerateOptions {
  /** The root spec file. @default "spec/openapi.yaml" */
  readonly specPath?: string;
  /** The output folder; it belongs to the generator (files it would not write are deleted). @default "generated" */
  readonly outDir?: string;
  /**
   * The runtime module as imported from the output folder: a relative path, or a package
   * specifier such as `@northflank-openapi/client/runtime` (what an installed user passes).
   * @default "../runtime/index.js"
   */
  readonly runtimeModule?: string;
  /** Folders besides the spec's own that its `$ref`s may read (nothing else is read). @default none */
  readonly allowedRefRoots?: readonly string[];
  /** Client name when the spec has no `info.x-client-name`. @default from `info.title`, else "Api" */
  readonly defaultClientName?: string;
  /** Environment variable prefix when the spec has no `info.x-env-prefix`. @default none: no environment lookup */
  readonly defaultEnvPrefix?: string;
  /**
   * Generate path parameters the spec gets wrong instead of refusing them: a template's
   * `{name}` nothing declares becomes a `string` path parameter, a declared one the path
   * lacks is dropped, each with a warning (see prepare/lenientPathParameters.ts).
   * @default false
   */
  readonly lenient?: boolean;
  /**
   * Work to keep between runs of one process (formatted pieces, the type-check project),
   * for watch mode: the output is the same, a small spec edit regenerates faster.
   * @default none: every run starts cold
   */
  readonly cache?: GenerationCache;
}

export const DEFAULT_SPEC_PATH = "spec/openapi.yaml";
export const DEFAULT_OUT_DIR = "generated";
const DEFAULT_CLIENT_NAME = "Api";

export type BuildOutputResult =
  | {
      readonly ok: true;
      /** The generated files, without the output manifest (writing adds it). */
      readonly files: readonly OutputFile[];
      readonly model: ApiModel;
      /** What the output was generated from, for the output manifest. */
      readonly inputs: GenerationInputs;
      /** What was generated although the spec is wrong there (`lenient`), one line per place, formatted as problems are. */
      readonly warnings: readonly string[];
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Load, model, prepare and emit: the complete output in memory, or the problems that
 * prevent it. A stage that finds bad input ends the run with that input's problems.
 */
export async function buildOutput(options: GenerateOptions = {}): Promise<BuildOutputResult> {
  const specPath = options.specPath ?? DEFAULT_SPEC_PATH;
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const runtimeModule = options.runtimeModule ?? DEFAULT_RUNTIME_MODULE;
  const clientName = options.defaultClientName ?? DEFAULT_CLIENT_NAME;
  const badArgument = outputFolderProblem(outDir) ?? runtimeModuleProblem(runtimeModule, outDir);
  if (badArgument !== null) return { ok: false, problems: [badArgument] };
  const stages = await import("./stages.js");
  // Formatting workers start first: they load prettier while this thread reads the spec.
  const lanes = stages.formatLanesForRun(options.cache?.format ?? null);
  try {
    const loadOptions = { specPath, allowedRoots: options.allowedRefRoots ?? [] };
    const loaded = await stages.loadSpec(loadOptions);
    if (loaded.problems.length > 0) return { ok: false, problems: loaded.problems.map(describeProblem) };
    try {
      // Mended before the model, so the model and the schema types see the same parameters.
      const mended = options.lenient ? stages.mendPathParameters(loaded.document) : { document: loaded.document, mends: [] };
      const warnings = mended.mends.map((mend) => describeProblem(stages.mendWarning(mend, loaded.locate, specPath)));
      const { model, problems } = stages.buildModel({
        document: mended.document,
        locate: loaded.locate,
        specFile: specPath,
        defaultClientName: options.defaultClientName,
        defaultEnvPrefix: options.defaultEnvPrefix,
      });
      if (problems.length > 0) return { ok: false, problems: problems.map(describeProblem) };
      const prepared = stages.prepareDocument(mended.document, model);
      const emitted = await stages.emitClient({
        model,
        prepared,
        outDir,
        runtimeModule,
        lanes,
        specDisplayPath: specDisplayPath(specPath),
        ...(options.cache && { cache: options.cache }),
      });
      if (!emitted.ok) return { ok: false, problems: emitted.typeErrors.map((error) => stages.formatTypeError(error, displayDir(outDir), loaded.locate)) };
      const inputs = {
        specFiles: specFileHashes(specPath, loaded.sources),
        runtime: runtimeModule,
        clientName,
        ...(options.defaultEnvPrefix !== undefined && { envPrefix: options.defaultEnvPrefix }),
        ...(options.lenient && { lenient: true as const }),
      };
      return { ok: true, files: emitted.files, model, inputs, warnings };
    } catch (error) {
      return { ok: false, problems: await explainStageFailure(loadOptions, error) };
    }
  } finally {
    await lanes.close();
    options.cache?.endRun();
  }
}

export type GenerateResult =
  | ({ readonly ok: true; readonly files: readonly OutputFile[]; readonly warnings: readonly string[] } & WriteOutputResult)
  | { readonly ok: false; readonly problems: readonly string[] };

/** The files a run puts in the output folder: the generated ones and the manifest recording them. */
function filesToWrite(built: Extract<BuildOutputResult, { ok: true }>): OutputFile[] {
  return withManifest(built.files, { generatorVersion: TOOLCHAIN_VERSION, ...built.inputs });
}

/** The whole pipeline; on any problem nothing is written. */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const built = await buildOutput(options);
  if (!built.ok) return built;
  const { OutputRefusedError, writeOutput } = await import("./write/writeOutput.js");
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const files = filesToWrite(built);
  try {
    const written = await writeOutput({ outDir, files });
    return { ok: true, files, warnings: built.warnings, ...written };
  } catch (error) {
    if (error instanceof OutputRefusedError) return { ok: false, problems: [error.message] };
    // The file system refused (permissions, a full disk, a name too long): the write is
    // all or nothing, so the folder is as it was; say where, as bad input, not as a bug.
    return { ok: false, problems: [`--out: cannot write ${path.resolve(outDir)}: ${errorDetail(error)}`] };
  }
}

export interface CheckOptions extends GenerateOptions {
  /** Regenerate and compare even when the manifest shows the folder current. @default false */
  readonly full?: boolean;
}

export type CheckResult =
  | ({
      readonly ok: true;
      readonly current: boolean;
      /** Whether the answer came from the manifest alone (nothing was regenerated). */
      readonly byManifest: boolean;
      /** As for `buildOutput`; none when the manifest answered. */
      readonly warnings: readonly string[];
    } & OutputPlan)
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Whether the output folder holds exactly what `generate` would write (its manifest
 * included; files the generator did not write are listed as kept, not as differences).
 * An installed generator first asks the manifest (see manifestCheck.ts), which can only
 * prove the folder current; otherwise, or with `full`, it regenerates in memory and
 * compares. Writes nothing.
 */
export async function checkOutput(options: CheckOptions = {}): Promise<CheckResult> {
  if (!options.full && !RUNNING_FROM_SOURCE) {
    const quick = await checkByManifest(options);
    if (quick !== null) return quick;
  }
  const built = await buildOutput(options);
  if (!built.ok) return built;
  const { isCurrent, planOutput } = await import("./write/outputPlan.js");
  const planned = await planOutput(path.resolve(options.outDir ?? DEFAULT_OUT_DIR), filesToWrite(built));
  if (!planned.ok) return { ok: false, problems: [planned.refusal] };
  return { ok: true, current: isCurrent(planned.plan), byManifest: false, warnings: built.warnings, ...planned.plan };
}

async function checkByManifest(options: CheckOptions): Promise<CheckResult | null> {
  const [{ currentByManifest }, { listFiles }] = await Promise.all([import("./write/manifestCheck.js"), import("./write/outputTree.js")]);
  const outDir = path.resolve(options.outDir ?? DEFAULT_OUT_DIR);
  const manifest = await currentByManifest({
    specPath: options.specPath ?? DEFAULT_SPEC_PATH,
    outDir,
    runtime: options.runtimeModule ?? DEFAULT_RUNTIME_MODULE,
    clientName: options.defaultClientName ?? DEFAULT_CLIENT_NAME,
    envPrefix: options.defaultEnvPrefix,
    lenient: options.lenient === true,
    generatorVersion: TOOLCHAIN_VERSION,
    allowedRefRoots: options.allowedRefRoots ?? [],
  });
  if (manifest === null) return null;
  const listed = [...Object.keys(manifest.files), MANIFEST_FILE];
  const kept = (await listFiles(outDir)).filter((file) => !listed.includes(file));
  return { ok: true, current: true, byManifest: true, warnings: [], stale: [], missing: [], extra: [], unchanged: listed, kept };
}

/**
 * A stage threw on a spec that loaded: the spec is almost always structurally wrong in a
 * way that stage did not expect, so name those places, then the failure itself (a spec
 * can also have harmless slips, such as GitHub's, that did not cause it). When the spec
 * is structurally sound, the failure is the generator's own: it is thrown on, so the
 * caller reports a bug (the CLI exits 70), never bad input.
 */
async function explainStageFailure(loadOptions: LoadSpecOptions, error: unknown): Promise<string[]> {
  const { specPath } = loadOptions;
  const { structuralProblems } = await import("./load/structuralProblems.js");
  const structural = (await structuralProblems(loadOptions)).map(describeProblem);
  if (structural.length === 0) throw error;
  return [...structural, `${specPath}: generation stopped (the structural problems above are the likely cause): ${errorDetail(error)}`];
}

/** `file:line:col  rule  message (at <JSON pointer>)`: the place both as a line and as a pointer. */
export function describeProblem(problem: SpecProblem): string {
  return problem.pointer === null ? formatProblem(problem) : `${formatProblem(problem)} (at ${escapeControlCharacters(problem.pointer)})`;
}

function displayDir(dir: string): string {
  const relative = path.relative(process.cwd(), path.resolve(dir)) || ".";
  return relative.split(path.sep).join("/");
}

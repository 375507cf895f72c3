/**
 * The last stage before writing: the model (and the prepared document, for the schema types)
 * to the complete set of output files in memory, formatted, type-checked, with the
 * API report. Returns type errors instead of files when the output does not compile.
 */
import path from "node:path";
import type { ApiModel } from "../model/types.js";
import type { PreparedDocument } from "../prepare/prepareDocument.js";
import { renderSchemaTypes } from "./schemaTypes.js";
import { loadTemplates } from "./templates.js";
import { INDEX_FILE, renderFiles, SCHEMA_FILE, type OutputFile } from "./renderFiles.js";
import { formatFiles, formatLanesForRun, type FormatLanes } from "./format.js";
import { addToCheckProject, checkAddedFiles, warmUpTypeCheck, type GeneratedTypeError } from "./typeCheck.js";
import { apiReport } from "./apiReport.js";
import { API_MARKDOWN_FILE, apiMarkdownText } from "./apiMarkdown.js";
import { headerLines } from "./header.js";
import { DEFAULT_RUNTIME_MODULE } from "./runtimeModule.js";
import { TypeCheckCache, type GenerationCache } from "./generationCache.js";

export { DEFAULT_RUNTIME_MODULE } from "./runtimeModule.js";

export interface EmitClientOptions {
  readonly model: ApiModel;
  /** The document openapi-typescript receives (see prepare/prepareDocument.ts). */
  readonly prepared: PreparedDocument;
  /** How the header names the spec (see `specDisplayPath`). */
  readonly specDisplayPath: string;
  /** The output folder the files are meant for; imports are resolved from there when checking. */
  readonly outDir: string;
  /** The runtime module as imported from the output folder. @default "../runtime/index.js" */
  readonly runtimeModule?: string;
  /** Work kept from earlier runs of this process (watch mode). */
  readonly cache?: GenerationCache;
  /** Formatting threads started by the caller (so they load prettier early); closed by the caller. */
  readonly lanes?: FormatLanes;
}

export type EmitClientResult =
  | { readonly ok: true; readonly files: readonly OutputFile[] }
  | { readonly ok: false; readonly typeErrors: readonly GeneratedTypeError[] };

export async function emitClient(options: EmitClientOptions): Promise<EmitClientResult> {
  const header = headerLines(options.specDisplayPath);
  const rendered = renderFiles({
    model: options.model,
    render: loadTemplates(),
    headerLines: header,
    runtimeModule: options.runtimeModule ?? DEFAULT_RUNTIME_MODULE,
    schemaTypes: await renderSchemaTypes(options.prepared),
  });
  const lanes = options.lanes ?? formatLanesForRun(options.cache?.format ?? null);
  try {
    const checked = await formatAndCheck(options, rendered, header, lanes);
    if (!checked.ok) return checked;
    const reference = { path: API_MARKDOWN_FILE, text: checked.reference };
    return { ok: true, files: [...checked.files, checked.report, reference] };
  } finally {
    if (!options.lanes) await lanes.close();
  }
}

type FormatAndCheckResult =
  | { readonly ok: true; readonly files: readonly OutputFile[]; readonly report: OutputFile; readonly reference: string }
  | { readonly ok: false; readonly typeErrors: readonly GeneratedTypeError[] };

/**
 * The formatted files, checked, with what needs the checking program: the API report and
 * the reference. Without a cache the program is unreachable once this returns, so its
 * memory (most of a large run's) is free again.
 */
async function formatAndCheck(options: EmitClientOptions, rendered: readonly OutputFile[], header: readonly string[], lanes: FormatLanes): Promise<FormatAndCheckResult> {
  const outDir = path.resolve(options.outDir);
  const typeCheckCache = options.cache?.typeCheck ?? new TypeCheckCache(/* keepFingerprints */ false);
  const formatting = formatRendered(rendered, lanes);
  // While workers format, this thread parses the standard library and the runtime for the check.
  if (lanes.workers > 0 && typeCheckCache.project === null) warmUpTypeCheck(typeCheckCache, outDir, options.runtimeModule ?? DEFAULT_RUNTIME_MODULE);
  const files = await formatting;
  const added = addToCheckProject({ files, outDir, model: options.model, cache: typeCheckCache });
  const index = added.sourceFiles.get(INDEX_FILE);
  if (!index) throw new Error(`the output has no ${INDEX_FILE}`);
  const checked = checkAddedFiles(added, { model: options.model, cache: typeCheckCache });
  if (checked.errors.length > 0) return { ok: false, typeErrors: checked.errors };
  // Written laid out (codeLiteral.ts for its example calls): no formatter runs over it.
  const reference = apiMarkdownText({ model: options.model, index, headerLines: header });
  const report = cachedReport(options.cache, checked.code === null ? null : `${outDir}\u0000${header.join("\n")}\u0000${checked.code}`, () =>
    apiReport({ index, outDir, headerLines: header }),
  );
  return { ok: true, files, report, reference };
}

/**
 * The template-rendered files through prettier; openapi-typescript prints the schema types
 * deterministically already, and formatting its megabytes cost more than the rest together.
 */
async function formatRendered(rendered: readonly OutputFile[], lanes: FormatLanes): Promise<OutputFile[]> {
  const formatted = await formatFiles(rendered.filter((file) => file.path !== SCHEMA_FILE), lanes);
  const byPath = new Map(formatted.map((file) => [file.path, file]));
  return rendered.map((file) => byPath.get(file.path) ?? file);
}

/** The API report, from the cache when the code it was made from is the same (watch mode). */
function cachedReport(cache: GenerationCache | undefined, key: string | null, make: () => OutputFile): OutputFile {
  if (cache && key !== null && cache.report?.key === key) return cache.report.file;
  const file = make();
  if (cache) cache.report = key === null ? null : { key, file };
  return file;
}

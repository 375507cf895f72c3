/**
 * Stage 3 of the pipeline: the model (and the bundled document, for the schema types)
 * to the complete set of output files in memory, formatted, type-checked, with the
 * API report. Returns type errors instead of files when the output does not compile.
 */
import path from "node:path";
import type { ApiModel } from "../model/types.js";
import { renderSchemaTypes } from "./schemaTypes.js";
import { loadTemplates } from "./templates.js";
import { INDEX_FILE, renderFiles, type OutputFile } from "./renderFiles.js";
import { formatFiles, formatLanesForRun, type FormatLanes } from "./format.js";
import { typeCheckOutput, warmUpTypeCheck, type GeneratedTypeError } from "./typeCheck.js";
import { apiReport } from "./apiReport.js";
import { apiMarkdown } from "./apiMarkdown.js";
import { headerLines } from "./header.js";
import { DEFAULT_RUNTIME_MODULE } from "./runtimeModule.js";
import { TypeCheckCache, type GenerationCache } from "./generationCache.js";

export { DEFAULT_RUNTIME_MODULE } from "./runtimeModule.js";

export interface EmitClientOptions {
  readonly model: ApiModel;
  readonly document: Record<string, unknown>;
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
    schemaTypes: await renderSchemaTypes(options.document),
  });
  const lanes = options.lanes ?? formatLanesForRun(options.cache?.format ?? null);
  try {
    const outDir = path.resolve(options.outDir);
    const typeCheckCache = options.cache?.typeCheck ?? new TypeCheckCache(/* keepFingerprints */ false);
    const formatting = formatFiles(rendered, lanes);
    // While workers format, this thread parses the standard library and the runtime for the check.
    if (lanes.workers > 0 && typeCheckCache.project === null) warmUpTypeCheck(typeCheckCache, outDir, options.runtimeModule ?? DEFAULT_RUNTIME_MODULE);
    const files = await formatting;
    const checked = typeCheckOutput({ files, outDir, model: options.model, cache: typeCheckCache });
    if (checked.errors.length > 0) return { ok: false, typeErrors: checked.errors };
    const index = checked.sourceFiles.get(INDEX_FILE);
    if (!index) throw new Error(`the output has no ${INDEX_FILE}`);
    const report = cachedReport(options.cache, checked.code === null ? null : `${outDir}\u0000${header.join("\n")}\u0000${checked.code}`, () =>
      apiReport({ index, outDir, headerLines: header }),
    );
    const reference = await apiMarkdown({ model: options.model, document: options.document, index, headerLines: header, lanes });
    return { ok: true, files: [...files, report, reference] };
  } finally {
    if (!options.lanes) await lanes.close();
  }
}

/** The API report, from the cache when the code it was made from is the same (watch mode). */
function cachedReport(cache: GenerationCache | undefined, key: string | null, make: () => OutputFile): OutputFile {
  if (cache && key !== null && cache.report?.key === key) return cache.report.file;
  const file = make();
  if (cache) cache.report = key === null ? null : { key, file };
  return file;
}

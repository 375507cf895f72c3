/**
 * `northflank-openapi generate [--spec FILE] [--out DIR] [--runtime MODULE] [--watch]`: spec to client.
 * Exit 0 when written (or already current), 2 on bad input, with nothing written.
 * `--watch` regenerates on every change under the spec's folder; a broken spec prints
 * its problems and leaves the last good output in place.
 */
import type { Command } from "commander";
import { generate, type GenerateOptions } from "../../generator/generate.js";
import { outputSettings, type ConfigFlags } from "../config/configOption.js";
import { addOutputOptions } from "./outputOptions.js";
import { GenerationCache } from "../../generator/emit/generationCache.js";
import { watchSpec } from "../watchSpec.js";

interface GenerateFlags extends ConfigFlags {
  readonly watch?: boolean;
}

export function registerGenerateCommand(program: Command): void {
  const command = program
    .command("generate")
    .description("Generate the typed client from the spec into the output folder (atomic; unchanged files are left alone).");
  addOutputOptions(command, "output folder: empty, missing, or generated before (it keeps a manifest there); files the generator did not write are kept")
    .option("--watch", "regenerate whenever a file under the spec's folder changes; Ctrl-C stops")
    .addHelpText("after", "\nExit codes: 0 written or already current, 2 bad input (problems listed, nothing written), 70 internal error (a bug).")
    .action(async (flags: GenerateFlags) => {
      const settings = outputSettings(command, flags);
      if (settings === null) return;
      // Watch mode keeps formatted pieces and the type-check project between runs.
      const options = {
        specPath: settings.spec,
        outDir: settings.out,
        runtimeModule: settings.runtime,
        allowedRefRoots: settings.refRoots,
        lenient: settings.lenient,
        ...(settings.clientName !== undefined && { defaultClientName: settings.clientName }),
        ...(settings.envPrefix !== undefined && { defaultEnvPrefix: settings.envPrefix }),
        ...(flags.watch && { cache: new GenerationCache() }),
      };
      const ok = await runOnce(options);
      if (flags.watch) await watchSpec({ specPath: options.specPath, outDir: options.outDir, regenerate: () => runOnce(options) });
      else process.exitCode = ok ? 0 : 2;
    });
}

/** One generation, reported; whether it succeeded. */
export async function runOnce(options: GenerateOptions & { specPath: string; outDir: string }): Promise<boolean> {
  const started = performance.now();
  const result = await generate(options);
  if (!result.ok) {
    for (const problem of result.problems) console.log(problem);
    console.error(`generate: ${result.problems.length} problem(s); ${options.outDir} left as it was`);
    return false;
  }
  for (const warning of result.warnings) console.error(`generate: warning: ${warning}`);
  const changed = result.stale.length + result.missing.length + result.extra.length;
  const summary = result.written
    ? `${result.files.length} files, ${changed} changed (${result.stale.length} updated, ${result.missing.length} added, ${result.extra.length} removed)`
    : `${result.files.length} files, already current`;
  console.error(`generate: ${options.outDir}: ${summary} in ${Math.round(performance.now() - started)} ms`);
  for (const file of result.kept) console.error(`generate: warning: kept ${options.outDir}/${file}: the generator did not write it`);
  return true;
}

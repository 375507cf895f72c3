/**
 * `northflank-openapi generate [--spec FILE] [--out DIR] [--runtime MODULE] [--watch]`: spec to client.
 * Exit 0 when written (or already current), 2 on bad input, with nothing written.
 * `--watch` regenerates on every change under the spec's folder; a broken spec prints
 * its problems and leaves the last good output in place.
 */
import path from "node:path";
import type { Command } from "commander";
import { generate, type GenerateOptions } from "../../generator/generate.js";
import { outputSettings, type ConfigFlags } from "../config/configOption.js";
import { addOutputOptions } from "./outputOptions.js";
import { GenerationCache } from "../../generator/emit/generationCache.js";

interface GenerateFlags extends ConfigFlags {
  readonly watch?: boolean;
}

/**
 * Quiet period after the last change before regenerating: editors save in bursts (write
 * and rename, or truncate and write), whose events come within a few milliseconds. It is
 * part of what a user waits for after every save, so it is kept short; a change that
 * comes later than this only queues another run after the current one.
 */
export const WATCH_DEBOUNCE_MS = 40;

export function registerGenerateCommand(program: Command): void {
  const command = program
    .command("generate")
    .description("Generate the typed client from the spec into the output folder (atomic; unchanged files are left alone).");
  addOutputOptions(command, "output folder: empty, missing, or generated before (it keeps a manifest there); files the generator did not write are kept")
    .option("--watch", "regenerate whenever a file under the spec's folder changes; Ctrl-C stops")
    .addHelpText("after", "\nExit codes: 0 written or already current, 2 bad input (problems listed, nothing written).")
    .action(async (flags: GenerateFlags) => {
      const settings = outputSettings(command, flags);
      if (settings === null) return;
      // Watch mode keeps formatted pieces and the type-check project between runs.
      const options = {
        specPath: settings.spec,
        outDir: settings.out,
        runtimeModule: settings.runtime,
        allowedRefRoots: settings.refRoots,
        ...(settings.clientName !== undefined && { defaultClientName: settings.clientName }),
        ...(flags.watch && { cache: new GenerationCache() }),
      };
      const ok = await runOnce(options);
      if (flags.watch) await watchSpec(options);
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
  const changed = result.stale.length + result.missing.length + result.extra.length;
  const summary = result.written
    ? `${result.files.length} files, ${changed} changed (${result.stale.length} updated, ${result.missing.length} added, ${result.extra.length} removed)`
    : `${result.files.length} files, already current`;
  console.error(`generate: ${options.outDir}: ${summary} in ${Math.round(performance.now() - started)} ms`);
  for (const file of result.kept) console.error(`generate: warning: kept ${options.outDir}/${file}: the generator did not write it`);
  return true;
}

async function watchSpec(options: GenerateOptions & { specPath: string; outDir: string }): Promise<void> {
  const folder = path.dirname(path.resolve(options.specPath));
  // Loaded only in watch mode, so no other command's start-up (mock, --help) pays for it.
  const { watch } = await import("chokidar");
  const watcher = watch(folder, { ignoreInitial: true, ignored: (file) => isInside(file, path.resolve(options.outDir)) });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      running = running.then(() => runOnce(options));
    }, WATCH_DEBOUNCE_MS);
  });
  // Announce only once chokidar has scanned the folder: a change before then could be missed.
  await new Promise<void>((resolve) => watcher.once("ready", () => resolve()));
  console.error(`generate: watching ${path.relative(process.cwd(), folder) || "."} (Ctrl-C to stop)`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      clearTimeout(timer);
      void running.then(() => watcher.close()).then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  process.exitCode = 0;
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, path.resolve(file));
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

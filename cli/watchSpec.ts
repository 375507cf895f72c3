/**
 * `generate --watch`: the spec's folder watched (the output folder inside it ignored),
 * one generation after each burst of changes.
 */
import path from "node:path";
import { errorDetail } from "../generator/errorDetail.js";

/**
 * Quiet period after the last change before regenerating: editors save in bursts (write
 * and rename, or truncate and write), whose events come within a few milliseconds. It is
 * part of what a user waits for after every save, so it is kept short; a change that
 * comes later than this only queues another run after the current one.
 */
export const WATCH_DEBOUNCE_MS = 40;

export interface WatchSpecOptions {
  readonly specPath: string;
  readonly outDir: string;
  /** One generation, reported by the caller; runs never overlap. */
  readonly regenerate: () => Promise<unknown>;
}

/** Regenerates after each burst of changes under the spec's folder, until SIGINT or SIGTERM. */
export async function watchSpec(options: WatchSpecOptions): Promise<void> {
  const folder = path.dirname(path.resolve(options.specPath));
  // Loaded only in watch mode, so no other command's start-up (mock, --help) pays for it.
  const { watch } = await import("chokidar");
  const watcher = watch(folder, { ignoreInitial: true, ignored: (file) => isInside(file, path.resolve(options.outDir)) });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  watcher.on("all", () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      // A run that throws is a bug in the generator: say so, and keep watching (the next save may not hit it).
      running = running.then(options.regenerate).catch((error: unknown) => console.error(`generate: internal error (a bug; please report it): ${errorDetail(error)}`));
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

/**
 * Part 2, warm regeneration: `generate --watch` on a temporary copy of our spec. Each edit
 * changes one line (the summary of getProject) and is timed until the new summary is in the
 * written output, which is what a user waits for (debounce and watcher latency included).
 * The generator's own "in N ms" log line is kept as a second figure to show where time goes.
 */
import { cp, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import type { BenchContext } from "../lib/context.js";
import { findFigure, judge } from "../lib/figures.js";
import { OUR_SPEC, ourCli } from "../lib/commands.js";
import { SeriesCollector, type PartResult } from "../lib/part.js";
import { startProcess, type ServerProcess } from "../lib/servers.js";
import { OURS } from "./generation.js";
import { WATCH_DEBOUNCE_MS } from "../../../cli/watchSpec.js";

/** The file and line edited; the summary appears in the client's JSDoc. */
const EDITED_FILE = path.join("projects", "project.yaml");
const SUMMARY_LINE = /^(\s*summary:) Get project.*$/m;
const WATCHED_OUTPUT = "client.gen.ts";
const GENERATED_LOG = /generate: .*? in (\d+) ms/g;
const EDIT_TIMEOUT_MS = 90_000;
/** chokidar reports ready a little after the command prints "watching". */
const WATCHER_SETTLE_MS = 1_000;

export async function runRegeneration(context: BenchContext): Promise<PartResult> {
  const folder = await context.workspace.repoLikeFolder("watch");
  const specDir = path.join(folder, "spec");
  await cp(path.dirname(OUR_SPEC), specDir, { recursive: true });
  const outDir = path.join(folder, "generated");
  const watcher = startProcess({ ...ourCli("generate", "--spec", path.join(specDir, "openapi.yaml"), "--out", outDir, "--watch"), cwd: folder });
  try {
    await watcher.waitFor(/generate: watching/, 180_000);
    await delay(WATCHER_SETTLE_MS);
    const collector = new SeriesCollector();
    // Edit 0 warms the watcher's process up and is not counted.
    for (let edit = context.smoke ? 1 : 0; edit <= context.runs; edit++) {
      context.log(`regeneration: edit ${edit}/${context.runs}${edit === 0 ? " (warm-up)" : ""}`);
      const { editToWrittenMs, loggedMs } = await timeOneEdit(specDir, outDir, watcher, edit);
      if (edit === 0) continue;
      collector.add({ part: "regeneration", measure: "edit → output written", input: "our spec", subject: OURS, unit: "ms" }, editToWrittenMs);
      collector.add({ part: "regeneration", measure: "generate step (logged)", input: "our spec", subject: OURS, unit: "ms" }, loggedMs);
    }
    const figures = collector.figures();
    const total = findFigure(figures, OURS, "edit → output written", "our spec");
    if (total !== undefined) judge(total, "< 300 ms", total.median < 300);
    return { figures, notes: [`regeneration: the edit time includes the watcher's ${WATCH_DEBOUNCE_MS} ms debounce and file-watch latency`] };
  } finally {
    await watcher.stop();
  }
}

async function timeOneEdit(specDir: string, outDir: string, watcher: ServerProcess, edit: number): Promise<{ editToWrittenMs: number; loggedMs: number }> {
  const marker = `Get project (bench edit ${edit})`;
  const logsBefore = countLogs(watcher.output());
  const file = path.join(specDir, EDITED_FILE);
  const source = await readFile(file, "utf8");
  if (!SUMMARY_LINE.test(source)) throw new Error(`regeneration: ${file} has no "summary: Get project" line to edit`);
  const started = performance.now();
  await writeFile(file, source.replace(SUMMARY_LINE, `$1 ${marker}`));
  await pollUntil(async () => (await readIfPresent(path.join(outDir, WATCHED_OUTPUT))).includes(marker), EDIT_TIMEOUT_MS, `${marker} in ${WATCHED_OUTPUT}`);
  const editToWrittenMs = performance.now() - started;
  // Wait for the run's log line too, so the next edit starts on an idle watcher.
  await pollUntil(async () => countLogs(watcher.output()) > logsBefore, EDIT_TIMEOUT_MS, "the generator's log line");
  return { editToWrittenMs, loggedMs: lastLoggedMs(watcher.output()) };
}

async function pollUntil(condition: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!(await condition())) {
    if (performance.now() > deadline) throw new Error(`regeneration: no ${what} within ${timeoutMs} ms`);
    await delay(5);
  }
}

async function readIfPresent(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch {
    return ""; // Not there yet, or mid-swap.
  }
}

function countLogs(output: string): number {
  return [...output.matchAll(GENERATED_LOG)].length;
}

function lastLoggedMs(output: string): number {
  const last = [...output.matchAll(GENERATED_LOG)].at(-1);
  return Number(last?.[1] ?? Number.NaN);
}

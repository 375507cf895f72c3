/**
 * Runs the parts of the benchmark in order and gathers their figures and notes. Used by the
 * `npm run bench` command (scripts/bench/main.ts) and by the smoke test.
 */
import os from "node:os";
import type { BenchContext } from "./lib/context.js";
import type { Figure, PartName } from "./lib/figures.js";
import type { PartResult } from "./lib/part.js";
import { stopAll } from "./lib/servers.js";
import { memoryMethod } from "./lib/spawnMeasured.js";
import { createWorkspace } from "./lib/workspace.js";
import { runGeneration } from "./parts/generation.js";
import { runRegeneration } from "./parts/regeneration.js";
import { runTypecheck } from "./parts/typecheck.js";
import { runBundle } from "./parts/bundle.js";
import { runPerCall } from "./parts/perCall.js";
import { runMock } from "./parts/mock.js";
import { runCheck } from "./parts/check.js";

export const PART_NAMES = ["generation", "regeneration", "typecheck", "bundle", "per-call", "mock", "check"] as const satisfies readonly PartName[];

const parts: Record<PartName, (context: BenchContext) => Promise<PartResult>> = {
  generation: runGeneration,
  regeneration: runRegeneration,
  typecheck: runTypecheck,
  bundle: runBundle,
  "per-call": runPerCall,
  mock: runMock,
  check: runCheck,
};

export interface RunBenchOptions {
  /** Each part once, on small inputs. @default false */
  readonly smoke?: boolean;
  /** Measured runs per figure (ignored in smoke mode, which uses 1). @default 5 */
  readonly runs?: number;
  /** Include GitHub's REST description in the generation part (never in smoke mode). @default true */
  readonly github?: boolean;
  /** The parts to run, in this order. @default all */
  readonly parts?: readonly PartName[];
  /** Progress lines. @default write to stderr */
  readonly log?: (message: string) => void;
}

export interface BenchReport {
  readonly startedAt: string;
  readonly durationMs: number;
  readonly smoke: boolean;
  readonly runs: number;
  readonly machine: { readonly node: string; readonly platform: string; readonly cpus: number; readonly cpuModel: string; readonly loadAverage: readonly number[] };
  readonly memoryMethod: string;
  readonly figures: readonly Figure[];
  readonly notes: readonly string[];
  /** Parts that could not finish, with the reason; empty when every part ran. */
  readonly failures: readonly string[];
}

export async function runBench(options: RunBenchOptions = {}): Promise<BenchReport> {
  const smoke = options.smoke ?? false;
  const runs = smoke ? 1 : (options.runs ?? 5);
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const loadAverage = os.loadavg();
  const workspace = await createWorkspace();
  const context: BenchContext = {
    smoke,
    runs,
    github: options.github ?? true,
    workspace,
    log: options.log ?? ((message) => process.stderr.write(`bench: ${message}\n`)),
  };
  const figures: Figure[] = [];
  const notes: string[] = [];
  const failures: string[] = [];
  try {
    for (const name of options.parts ?? PART_NAMES) {
      // One part failing (a tool that crashed, a timeout) must not cost the others' figures.
      try {
        const result = await parts[name](context);
        figures.push(...result.figures);
        notes.push(...result.notes);
      } catch (error) {
        failures.push(`${name}: ${(error as Error).message}`);
        context.log(`${name} failed: ${(error as Error).message}`);
      }
    }
  } finally {
    await stopAll();
    await workspace.remove();
  }
  return {
    startedAt,
    durationMs: performance.now() - started,
    smoke,
    runs,
    machine: { node: process.version, platform: `${os.platform()} ${os.arch()}`, cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", loadAverage },
    memoryMethod: memoryMethod === "gnu-time" ? "peak RSS from GNU time (/usr/bin/time, ru_maxrss)" : "peak RSS from process.resourceUsage().maxRSS in a preloaded module",
    figures,
    notes,
    failures,
  };
}

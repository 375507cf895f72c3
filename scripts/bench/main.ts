/**
 * `npm run bench [-- --smoke] [--out FILE] [--runs N] [--only PART,...] [--skip-github]`:
 * measures generation, regeneration, type-check cost, bundle size, per-call cost and the
 * mock against the tools a user would pick instead (issue 7). Prints one table on stdout and
 * writes the figures as JSON (default `.bench/results.json`). Exit 0 when every part ran,
 * 1 when a part failed, 2 on bad flags.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import type { PartName } from "./lib/figures.js";
import { PART_NAMES, runBench, type BenchReport } from "./runBench.js";
import { formatTable } from "./table.js";

interface Flags {
  readonly smoke: boolean;
  readonly out: string;
  readonly runs: number;
  readonly parts: readonly PartName[];
  readonly github: boolean;
}

function parseFlags(argv: readonly string[]): Flags {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      smoke: { type: "boolean", default: false },
      out: { type: "string" },
      runs: { type: "string", default: "5" },
      only: { type: "string" },
      "skip-github": { type: "boolean", default: false },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error(`--runs takes a whole number from 1 to 50, got ${JSON.stringify(values.runs)}`);
  return {
    smoke: values.smoke ?? false,
    out: values.out ?? path.join(".bench", values.smoke ? "smoke.json" : "results.json"),
    runs,
    parts: values.only === undefined ? PART_NAMES : parseParts(values.only),
    github: !(values["skip-github"] ?? false),
  };
}

function parseParts(list: string): PartName[] {
  const names = list.split(",").map((name) => name.trim()).filter(Boolean);
  const unknown = names.filter((name) => !(PART_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0 || names.length === 0) throw new Error(`--only takes a comma-separated list of ${PART_NAMES.join(", ")}; unknown: ${unknown.join(", ") || "(empty)"}`);
  return names as PartName[];
}

function printReport(report: BenchReport, out: string): void {
  console.log(formatTable(report.figures));
  console.log("");
  for (const note of report.notes) console.log(`note: ${note}`);
  for (const failure of report.failures) console.log(`FAILED: ${failure}`);
  console.log(`memory: ${report.memoryMethod}`);
  console.log(`machine: ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.node}, load average at start ${report.machine.loadAverage.map((n) => n.toFixed(2)).join(" ")}`);
  console.log(`figures: ${out}; whole bench ${(report.durationMs / 1000).toFixed(0)} s`);
}

async function main(): Promise<void> {
  let flags: Flags;
  try {
    flags = parseFlags(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 2;
    return;
  }
  try {
    const report = await runBench({ smoke: flags.smoke, runs: flags.runs, parts: flags.parts, github: flags.github });
    await mkdir(path.dirname(path.resolve(flags.out)), { recursive: true });
    await writeFile(flags.out, `${JSON.stringify(report, null, 2)}\n`);
    printReport(report, flags.out);
    if (report.failures.length > 0) process.exitCode = 1;
  } catch (error) {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

await main();

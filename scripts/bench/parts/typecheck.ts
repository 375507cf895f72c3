/**
 * Part 3, type-check cost: `tsc --noEmit --extendedDiagnostics` (whole process) of a consumer
 * file calling every operation through our generated client, against the same calls through
 * openapi-fetch with openapi-typescript's types. Both programs use the same compiler options;
 * ours includes the generated client and the runtime as source, as a consumer of this checkout
 * compiles them. Types and instantiations do not depend on the machine.
 */
import { symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BenchContext } from "../lib/context.js";
import { findFigure, judge, setRatios, type Figure } from "../lib/figures.js";
import { OUR_SPEC, openapiTypescriptCli, tscCli } from "../lib/commands.js";
import { ourConsumer, openapiFetchConsumer } from "../lib/consumerFiles.js";
import { SeriesCollector, type PartResult } from "../lib/part.js";
import { runToExit, spawnMeasured } from "../lib/spawnMeasured.js";
import { readSpecOperations } from "../lib/specOperations.js";
import { repoPath } from "../lib/workspace.js";
import { OURS } from "./generation.js";

export const OPENAPI_FETCH = "openapi-fetch";

const COMPILER_OPTIONS = {
  target: "ES2022",
  module: "NodeNext",
  moduleResolution: "NodeNext",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  types: ["node"],
  strict: true,
  skipLibCheck: true,
  noEmit: true,
};

/** As spec/README.md asks of every generator: defaulted request fields stay optional (our generator does the same). */
const ANCHOR_TYPE_FLAGS = ["--default-non-nullable", "false"];

interface Program {
  readonly subject: string;
  readonly tsconfig: string;
}

export async function runTypecheck(context: BenchContext): Promise<PartResult> {
  const folder = await context.workspace.repoLikeFolder("typecheck");
  const programs = await writePrograms(context, folder);
  const collector = new SeriesCollector();
  for (let run = context.smoke ? 1 : 0; run <= context.runs; run++) {
    for (const program of programs) {
      context.log(`typecheck: ${program.subject}, run ${run}/${context.runs}${run === 0 ? " (warm-up)" : ""}`);
      const measured = await spawnMeasured({ ...tscCli("-p", program.tsconfig, "--extendedDiagnostics"), cwd: folder, timeoutMs: 180_000 });
      if (run === 0) continue; // The first run warms the file cache.
      const diagnostics = parseDiagnostics(measured.stdout);
      const key = { part: "typecheck", input: "every operation", subject: program.subject } as const;
      collector.add({ ...key, measure: "wall time", unit: "ms" }, measured.wallMs);
      collector.add({ ...key, measure: "check time (tsc)", unit: "ms" }, diagnostics.checkTimeMs);
      collector.add({ ...key, measure: "memory used (tsc)", unit: "MB" }, diagnostics.memoryMb);
      collector.add({ ...key, measure: "types", unit: "count" }, diagnostics.types);
      collector.add({ ...key, measure: "instantiations", unit: "count" }, diagnostics.instantiations);
    }
  }
  const figures = collector.figures();
  setRatios(figures, OPENAPI_FETCH);
  judgeTypecheck(figures);
  return { figures, notes: [`typecheck: compiler options ${JSON.stringify(COMPILER_OPTIONS)}; ours checks generated/ and runtime/ as source`] };
}

/** The consumer files, openapi-typescript's types for the anchor, and one tsconfig per program. */
async function writePrograms(context: BenchContext, folder: string): Promise<Program[]> {
  const operations = await readSpecOperations(OUR_SPEC);
  await writeFile(path.join(folder, "package.json"), JSON.stringify({ type: "module", private: true }));
  await symlink(repoPath("generated"), path.join(folder, "generated"), "dir");
  await runToExit({ ...openapiTypescriptCli(OUR_SPEC, "--output", path.join(folder, "openapi-typescript", "schema.ts"), ...ANCHOR_TYPE_FLAGS), cwd: folder, timeoutMs: 120_000 });
  await writeFile(path.join(folder, "ours.ts"), ourConsumer(operations, "./generated/index.js"));
  await writeFile(path.join(folder, "openapi-fetch.ts"), openapiFetchConsumer(operations, "./openapi-typescript/schema.js"));
  context.log(`typecheck: consumer files call ${operations.length} operations`);
  return [
    { subject: OURS, tsconfig: await writeTsconfig(folder, "ours.ts") },
    { subject: OPENAPI_FETCH, tsconfig: await writeTsconfig(folder, "openapi-fetch.ts") },
  ];
}

async function writeTsconfig(folder: string, file: string): Promise<string> {
  const tsconfig = path.join(folder, `tsconfig.${path.basename(file, ".ts")}.json`);
  await writeFile(tsconfig, JSON.stringify({ compilerOptions: COMPILER_OPTIONS, files: [file] }, null, 2));
  return tsconfig;
}

interface Diagnostics {
  readonly types: number;
  readonly instantiations: number;
  readonly memoryMb: number;
  readonly checkTimeMs: number;
}

/** Reads the lines `Types: 1234`, `Instantiations: ...`, `Memory used: 123456K`, `Check time: 1.23s`. */
export function parseDiagnostics(output: string): Diagnostics {
  const value = (label: string): string => {
    const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output);
    if (match === null) throw new Error(`typecheck: tsc printed no "${label}" line:\n${output.slice(0, 800)}`);
    return match[1]!;
  };
  return {
    types: Number(value("Types")),
    instantiations: Number(value("Instantiations")),
    memoryMb: Number(value("Memory used")) / 1024,
    checkTimeMs: Number(value("Check time")) * 1000,
  };
}

/** Target: at most 1.1 × openapi-fetch's time, types and instantiations. */
function judgeTypecheck(figures: Figure[]): void {
  for (const measure of ["wall time", "types", "instantiations"]) {
    const ours = findFigure(figures, OURS, measure, "every operation");
    if (ours?.ratio != null) judge(ours, "≤ 1.1× openapi-fetch", ours.ratio <= 1.1);
  }
}

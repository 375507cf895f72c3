/**
 * Part 3, type-check cost: `tsc --noEmit --extendedDiagnostics` (whole process) of a consumer
 * file calling every operation through our generated client, against the same calls through
 * openapi-fetch with openapi-typescript's types; and of a consumer calling ten operations (the
 * guide's), the same two ways and through @northflank/js-client, since what a consumer pays
 * for operations it never calls is the cost that grows with the spec. All programs use the
 * same compiler options. Ours is measured two ways: with the generated client and the runtime
 * as source, as a consumer of this checkout compiles them, and through their declaration files
 * (what the client package ships), as a consumer of the package compiles them. Types and
 * instantiations do not depend on the machine.
 */
import { symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import type { BenchContext } from "../lib/context.js";
import { findFigure, judge, setRatios, type Figure } from "../lib/figures.js";
import { OUR_SPEC, openapiTypescriptCli, tscCli } from "../lib/commands.js";
import { officialClientConsumer, ourConsumer, openapiFetchConsumer } from "../lib/consumerFiles.js";
import { SeriesCollector, type PartResult } from "../lib/part.js";
import { runToExit, spawnMeasured } from "../lib/spawnMeasured.js";
import { readSpecOperations } from "../lib/specOperations.js";
import { repoPath } from "../lib/workspace.js";
import { OURS } from "./generation.js";

export const OPENAPI_FETCH = "openapi-fetch";
export const OURS_PACKAGE = `${OURS}, package .d.ts`;
export const JS_CLIENT = "@northflank/js-client";

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

const EVERY_OPERATION = "every operation";
const TEN_OPERATIONS = "ten operations";

/**
 * Ten of the guide's calls, with the official client's name for each (from the shared
 * inventory). createAddon is left out: its example sends `pitrEnabled`, which the official
 * types lack, and an official consumer that does not compile measures nothing.
 */
const TEN_CALLS: Readonly<Record<string, string>> = {
  createProject: "create.project",
  getProject: "get.project",
  createBuildService: "create.service.build",
  startServiceBuild: "start.service.build",
  getServiceBuild: "get.service.build",
  createDeploymentService: "create.service.deployment",
  updateServiceDeployment: "update.service.deployment",
  createManualJob: "create.job.manual",
  startJobRun: "start.job.run",
  listProjects: "list.projects",
};

interface Program {
  readonly subject: string;
  readonly input: string;
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
      const key = { part: "typecheck", input: program.input, subject: program.subject } as const;
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
  const ten = operations.filter((operation) => TEN_CALLS[operation.operationId] !== undefined);
  if (ten.length !== Object.keys(TEN_CALLS).length) throw new Error(`typecheck: the spec lacks some of ${Object.keys(TEN_CALLS).join(", ")}`);
  const files: [string, string][] = [
    ["ours.ts", ourConsumer(operations, "./generated/index.js")],
    ["openapi-fetch.ts", openapiFetchConsumer(operations, "./openapi-typescript/schema.js")],
    ["ours-ten.ts", ourConsumer(ten, "./generated/index.js")],
    ["openapi-fetch-ten.ts", openapiFetchConsumer(ten, "./openapi-typescript/schema.js")],
    ["official-ten.ts", officialClientConsumer(ten, TEN_CALLS)],
  ];
  await emitDeclarations(folder);
  files.push(["package-ten.ts", ourConsumer(ten, "./package/generated/index.js")], ["package.ts", ourConsumer(operations, "./package/generated/index.js")]);
  for (const [name, text] of files) await writeFile(path.join(folder, name), text);
  context.log(`typecheck: consumer files call ${operations.length} operations, and ${ten.length}`);
  return [
    { subject: OURS, input: EVERY_OPERATION, tsconfig: await writeTsconfig(folder, "ours.ts") },
    { subject: OPENAPI_FETCH, input: EVERY_OPERATION, tsconfig: await writeTsconfig(folder, "openapi-fetch.ts") },
    { subject: OURS_PACKAGE, input: EVERY_OPERATION, tsconfig: await writeTsconfig(folder, "package.ts") },
    { subject: OURS, input: TEN_OPERATIONS, tsconfig: await writeTsconfig(folder, "ours-ten.ts") },
    { subject: OURS_PACKAGE, input: TEN_OPERATIONS, tsconfig: await writeTsconfig(folder, "package-ten.ts") },
    { subject: OPENAPI_FETCH, input: TEN_OPERATIONS, tsconfig: await writeTsconfig(folder, "openapi-fetch-ten.ts") },
    { subject: JS_CLIENT, input: TEN_OPERATIONS, tsconfig: await writeTsconfig(folder, "official-ten.ts") },
  ];
}

/** The generated client's and the runtime's declaration files, as the client package ships them, in `package/`. */
async function emitDeclarations(folder: string): Promise<void> {
  const options = ["--declaration", "--emitDeclarationOnly", "--skipLibCheck", "--strict", "--target", "ES2022", "--module", "NodeNext", "--moduleResolution", "NodeNext"];
  const emit = tscCli(repoPath("generated/index.ts"), ...options, "--lib", "ES2022,DOM,DOM.Iterable", "--types", "node", "--rootDir", repoPath("."), "--outDir", path.join(folder, "package"));
  await runToExit({ ...emit, cwd: folder, timeoutMs: 300_000 });
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

/** Targets: at most 1.1 × openapi-fetch's types and instantiations; for ten calls, less time than the official client. */
function judgeTypecheck(figures: Figure[]): void {
  for (const subject of [OURS, OURS_PACKAGE]) {
    for (const input of [EVERY_OPERATION, TEN_OPERATIONS]) {
      for (const measure of ["types", "instantiations"]) {
        const ours = findFigure(figures, subject, measure, input);
        if (ours?.ratio != null) judge(ours, "≤ 1.1× openapi-fetch", ours.ratio <= 1.1);
      }
    }
    const ours = findFigure(figures, subject, "wall time", TEN_OPERATIONS);
    const official = findFigure(figures, JS_CLIENT, "wall time", TEN_OPERATIONS);
    if (ours !== undefined && official !== undefined) judge(ours, "< @northflank/js-client", ours.median < official.median);
  }
}

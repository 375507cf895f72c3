/**
 * Part 6, the mock: time from spawning the server to its first answer (whole process, our
 * `northflank-openapi mock` against `prism mock` on the same spec, bundled into one file for
 * Prism with our loader), and requests per second on getProject and createProject (unique
 * names) from a keep-alive load generator in another process. Only 2xx answers count.
 * Ours runs as installed (compiled dist/, see installedCopy.ts), as Prism runs its compiled
 * JavaScript. Its usual start finds the bundled spec it kept on an earlier start (one untimed
 * start fills the cache); its first start after a spec change (an empty cache) is a row of
 * its own, against the same Prism starts (Prism keeps nothing between starts).
 */
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as delay } from "node:timers/promises";
import { loadSpec } from "../../../generator/load/loadSpec.js";
import type { BenchContext } from "../lib/context.js";
import { findFigure, judge, setRatios, type Figure } from "../lib/figures.js";
import { OUR_SPEC, benchScript, prismCli } from "../lib/commands.js";
import { freePort, httpRequest } from "../lib/http.js";
import { installedCopyFor, type InstalledCopy } from "../lib/installedCopy.js";
import { SeriesCollector, type PartResult } from "../lib/part.js";
import { startProcess, type ServerProcess } from "../lib/servers.js";
import { runToExit } from "../lib/spawnMeasured.js";
import { REPO_ROOT } from "../lib/workspace.js";
import { OURS } from "./generation.js";

export const PRISM = "prism";
const PROJECT_ID = "bench-project";
const FIRST_ANSWER_TIMEOUT_MS = 90_000;
const OPERATIONS = ["getProject", "createProject"] as const;
const FIRST_ANSWER = "GET /v1/projects";
const FIRST_ANSWER_COLD = "GET /v1/projects, empty spec cache";

interface MockServerKind {
  readonly subject: string;
  /** The first-answer rows this kind's starts are recorded in. */
  readonly inputs: readonly string[];
  /** Whether the last run's server is kept for the throughput runs. */
  readonly servesLoad: boolean;
  start(port: number): ServerProcess;
}

export async function runMock(context: BenchContext): Promise<PartResult> {
  const [bundledSpec, installed] = await Promise.all([bundleSpecForPrism(context), installedCopyFor(context.workspace)]);
  const kinds = await mockServerKinds(context, installed, bundledSpec);
  const collector = new SeriesCollector();
  const notes: string[] = [];
  const lastStarted = new Map<MockServerKind, StartedServer>();
  for (let run = 1; run <= context.runs; run++) {
    for (const kind of kinds) {
      context.log(`mock: ${kind.subject} start to first answer (${kind.inputs[0]}), run ${run}/${context.runs}`);
      const started = await startAndTimeFirstAnswer(kind);
      for (const input of kind.inputs) collector.add({ part: "mock", measure: "start to first answer", input, subject: kind.subject, unit: "ms" }, started.ms);
      // The last run's server stays up for the throughput runs; the others stop now.
      if (run < context.runs || !kind.servesLoad) await started.server.stop();
      else lastStarted.set(kind, started);
    }
  }
  for (const [kind, started] of lastStarted) await measureThroughput(context, kind, started, collector, notes);
  const figures = collector.figures();
  setRatios(figures, PRISM);
  judgeMock(figures);
  return {
    figures,
    notes: [
      ...notes,
      "mock: load generator keeps 16 requests in flight over keep-alive connections; only 2xx answers count",
      "mock: ours runs installed (dist/ compiled by tsc from tsconfig.build.json), as Prism runs compiled JS; a checkout's bin runs the TypeScript through tsx instead",
      `mock: "${FIRST_ANSWER}" is ours with the spec bundle it kept on an earlier start; "${FIRST_ANSWER_COLD}" is its first start after a spec change; Prism's starts are the same in both rows`,
    ],
  };
}

async function mockServerKinds(context: BenchContext, installed: InstalledCopy, bundledSpec: string): Promise<MockServerKind[]> {
  const warmCache = await context.workspace.folder("spec-cache");
  // A rate limit far above the load, so that the figures measure serving, not 429s.
  const ours = (cacheDir: string) => (port: number) =>
    startProcess({ ...installed.cli("mock", "--port", String(port), "--spec", OUR_SPEC, "--rate-limit", "1000000000", "--spec-cache", cacheDir), cwd: REPO_ROOT });
  // One untimed start keeps the bundle the timed warm starts then find.
  await (await startAndTimeFirstAnswer({ subject: OURS, inputs: [], servesLoad: false, start: ours(warmCache) })).server.stop();
  // A cold start gets a cache folder that does not exist yet, as on a user's very first start.
  let coldStarts = 0;
  const coldCache = () => path.join(context.workspace.root, `cold-spec-cache-${++coldStarts}`);
  return [
    { subject: OURS, inputs: [FIRST_ANSWER_COLD], servesLoad: false, start: (port) => ours(coldCache())(port) },
    { subject: OURS, inputs: [FIRST_ANSWER], servesLoad: true, start: ours(warmCache) },
    {
      subject: PRISM,
      inputs: [FIRST_ANSWER, FIRST_ANSWER_COLD],
      servesLoad: true,
      start: (port) => startProcess({ ...prismCli("mock", bundledSpec, "-p", String(port), "-h", "127.0.0.1"), cwd: path.dirname(bundledSpec) }),
    },
  ];
}

async function bundleSpecForPrism(context: BenchContext): Promise<string> {
  const loaded = await loadSpec({ specPath: OUR_SPEC });
  if (loaded.problems.length > 0) throw new Error(`mock: cannot bundle ${OUR_SPEC} for Prism: ${loaded.problems.length} problem(s)`);
  const file = path.join(await context.workspace.folder("prism"), "openapi.json");
  await writeFile(file, JSON.stringify(loaded.document));
  return file;
}

/** Spawns the server and polls every 5 ms until any HTTP answer arrives. */
interface StartedServer {
  readonly ms: number;
  readonly server: ServerProcess;
  readonly port: number;
}

async function startAndTimeFirstAnswer(kind: MockServerKind): Promise<StartedServer> {
  const port = await freePort();
  const started = performance.now();
  const server = kind.start(port);
  const deadline = started + FIRST_ANSWER_TIMEOUT_MS;
  for (;;) {
    try {
      await httpRequest(port, "GET", "/v1/projects");
      return { ms: performance.now() - started, server, port };
    } catch (error) {
      if (server.child.exitCode !== null || performance.now() > deadline) {
        await server.stop();
        throw new Error(`mock: ${kind.subject} gave no answer (${(error as Error).message}):\n${server.output().slice(-1500)}`);
      }
      await delay(5);
    }
  }
}

async function measureThroughput(context: BenchContext, kind: MockServerKind, { server, port }: StartedServer, collector: SeriesCollector, notes: string[]): Promise<void> {
  try {
    // getProject needs a project to read (Prism answers from examples for any ID).
    await httpRequest(port, "POST", "/v1/projects", { name: PROJECT_ID, region: "europe-west" });
    for (const operation of OPERATIONS) {
      for (let run = context.smoke ? 1 : 0; run <= context.runs; run++) {
        context.log(`mock: ${kind.subject} ${operation} load, run ${run}/${context.runs}${run === 0 ? " (warm-up)" : ""}`);
        const result = await generateLoad(context, port, operation, `${run}${Date.now() % 1_000_000}`);
        if (result.ok < result.answered) notes.push(`mock: ${kind.subject} ${operation} run ${run}: ${result.answered - result.ok} of ${result.answered} answers were not 2xx ${JSON.stringify(result.statuses)}`);
        if (run === 0) continue;
        collector.add({ part: "mock", measure: "requests per second", input: operation, subject: kind.subject, unit: "req/s" }, result.ok / (result.wallMs / 1000));
      }
    }
  } finally {
    await server.stop();
  }
}

interface LoadResult {
  readonly answered: number;
  readonly ok: number;
  readonly statuses: Record<string, number>;
  readonly wallMs: number;
}

async function generateLoad(context: BenchContext, port: number, operation: string, salt: string): Promise<LoadResult> {
  const requests = context.smoke ? 20 : 3_000;
  const args = ["--url", `http://127.0.0.1:${port}`, "--operation", operation, "--project", PROJECT_ID, "--requests", String(requests), "--concurrency", "16", "--max-ms", "15000", "--salt", salt];
  const { stdout } = await runToExit({ ...benchScript("processes/loadGenerator.ts", ...args), cwd: REPO_ROOT, timeoutMs: 60_000 });
  const line = stdout.split("\n").find((candidate) => candidate.startsWith("{"));
  if (line === undefined) throw new Error(`mock: the load generator printed no result:\n${stdout}`);
  return JSON.parse(line) as LoadResult;
}

/** Targets: first answer in under a fifth of Prism's time; at least 3 × Prism's requests per second. */
function judgeMock(figures: Figure[]): void {
  const first = findFigure(figures, OURS, "start to first answer", FIRST_ANSWER);
  if (first?.ratio != null) judge(first, "< 0.2× prism", first.ratio < 0.2);
  for (const operation of OPERATIONS) {
    const throughput = findFigure(figures, OURS, "requests per second", operation);
    if (throughput?.ratio != null) judge(throughput, "≥ 3× prism", throughput.ratio >= 3);
  }
}

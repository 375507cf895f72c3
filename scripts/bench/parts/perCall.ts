/**
 * Part 5, per-call cost: client CPU per request (process.cpuUsage of the client process) and
 * requests per second against a local node:http server in another process, 5,000 GETs per
 * round sequentially and 50 at a time, 5 rounds after a warm-up, for raw fetch, openapi-fetch,
 * our client (retries and rate-limit tracking on) over Node's fetch and over its node:http
 * transport (runtime/nodeTransport.ts), and @northflank/js-client.
 */
import type { BenchContext } from "../lib/context.js";
import { findFigure, judge, setRatios } from "../lib/figures.js";
import { benchScript } from "../lib/commands.js";
import { SeriesCollector, type PartResult } from "../lib/part.js";
import { startProcess } from "../lib/servers.js";
import { runToExit } from "../lib/spawnMeasured.js";
import { REPO_ROOT } from "../lib/workspace.js";
import { OURS } from "./generation.js";
import { JS_CLIENT, OPENAPI_FETCH } from "./typecheck.js";

export const OURS_NODE_TRANSPORT = `${OURS}, node transport`;

const CLIENTS = ["raw fetch", OPENAPI_FETCH, OURS, OURS_NODE_TRANSPORT, JS_CLIENT] as const;

interface Load {
  readonly input: string;
  readonly concurrency: number;
}

const LOADS: readonly Load[] = [
  { input: "GET sequential", concurrency: 1 },
  { input: "GET 50 at a time", concurrency: 50 },
];

interface RoundLine {
  readonly requests: number;
  readonly cpuUs: number;
  readonly wallMs: number;
}

export async function runPerCall(context: BenchContext): Promise<PartResult> {
  const requests = context.smoke ? 50 : 5_000;
  const warmup = context.smoke ? 10 : 500;
  const server = startProcess({ ...benchScript("processes/echoServer.ts", "--lifetime-ms", "900000"), cwd: REPO_ROOT });
  try {
    const port = (await server.waitFor(/listening on (\d+)/, 30_000))[1]!;
    const url = `http://127.0.0.1:${port}`;
    const collector = new SeriesCollector();
    for (const load of LOADS) {
      for (const client of CLIENTS) {
        context.log(`per-call: ${client}, ${load.input}, ${context.runs} round(s) of ${requests}`);
        const args = ["--client", client, "--url", url, "--requests", String(requests), "--concurrency", String(load.concurrency), "--rounds", String(context.runs), "--warmup", String(warmup)];
        const { stdout } = await runToExit({ ...benchScript("processes/perCallClient.ts", ...args), cwd: REPO_ROOT, timeoutMs: 240_000 });
        for (const round of parseRounds(stdout)) {
          const key = { part: "per-call", input: load.input, subject: client } as const;
          collector.add({ ...key, measure: "client CPU per request", unit: "µs/req" }, round.cpuUs / round.requests);
          collector.add({ ...key, measure: "requests per second", unit: "req/s" }, round.requests / (round.wallMs / 1000));
        }
      }
    }
    const figures = collector.figures();
    setRatios(figures, OPENAPI_FETCH);
    for (const load of LOADS) {
      const ours = findFigure(figures, OURS, "client CPU per request", load.input);
      if (ours?.ratio != null) judge(ours, "≤ 1.1× openapi-fetch", ours.ratio <= 1.1);
      const fast = findFigure(figures, OURS_NODE_TRANSPORT, "client CPU per request", load.input);
      const official = findFigure(figures, JS_CLIENT, "client CPU per request", load.input);
      if (fast !== undefined && official !== undefined) judge(fast, "≤ @northflank/js-client", fast.median <= official.median);
    }
    return { figures, notes: ["per-call: @northflank/js-client is given a keep-alive http.Agent (node-fetch 2 closes each connection otherwise)"] };
  } finally {
    await server.stop();
  }
}

function parseRounds(stdout: string): RoundLine[] {
  return stdout
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as RoundLine);
}

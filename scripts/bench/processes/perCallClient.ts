/**
 * The client side of the per-call part, one process per client so that no client's JIT state
 * or garbage affects another. Sends GET /v1/projects/demo `--requests` times per round,
 * `--concurrency` at a time, after a warm-up round, and prints one JSON line per round:
 * the process's CPU time (user + system) and the wall time of that round.
 *
 *   perCallClient.ts --client NAME --url URL --requests N --concurrency C --rounds R --warmup W
 */
import { Agent } from "node:http";
import { parseArgs } from "node:util";
import createClient from "openapi-fetch";
import { ApiClient, ApiClientInMemoryContextProvider } from "@northflank/js-client";
import { createNorthflankClient } from "../../../generated/index.js";
import { createNodeTransport } from "../../../runtime/nodeTransport.js";

type Call = () => Promise<unknown>;

const TOKEN = "bench-token";
const PROJECT_ID = "demo";

/** Each client set up as its documentation shows, pointed at the local server. */
const clients: Record<string, (baseUrl: string) => Promise<Call>> = {
  "raw fetch": async (baseUrl) => {
    const url = `${baseUrl}/v1/projects/${PROJECT_ID}`;
    const headers = { Authorization: `Bearer ${TOKEN}` };
    return async () => ((await (await fetch(url, { headers })).json()) as { data: unknown }).data;
  },
  "openapi-fetch": async (baseUrl) => {
    const client = createClient<any>({ baseUrl, headers: { Authorization: `Bearer ${TOKEN}` } });
    return async () => (await client.GET("/v1/projects/{projectId}", { params: { path: { projectId: PROJECT_ID } } })).data;
  },
  "northflank-openapi": async (baseUrl) => {
    // Retries (3, the default) and rate-limit tracking are on by default.
    const nf = createNorthflankClient({ token: TOKEN, baseUrl });
    return () => nf.getProject({ path: { projectId: PROJECT_ID } });
  },
  "northflank-openapi, node transport": async (baseUrl) => {
    const nf = createNorthflankClient({ token: TOKEN, baseUrl, fetch: createNodeTransport() });
    return () => nf.getProject({ path: { projectId: PROJECT_ID } });
  },
  "@northflank/js-client": async (baseUrl) => {
    const contexts = new ApiClientInMemoryContextProvider();
    await contexts.addContext({ name: "bench", token: TOKEN, host: baseUrl });
    // node-fetch 2 sends "Connection: close" without an agent; keep-alive, as the other clients do.
    const nf = new ApiClient(contexts, { agent: new Agent({ keepAlive: true }) });
    return async () => (await nf.get.project({ parameters: { projectId: PROJECT_ID } })).data;
  },
};

async function runRound(call: Call, requests: number, concurrency: number): Promise<{ cpuUs: number; wallMs: number }> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < requests) {
      next++;
      if ((await call()) == null) throw new Error("a call resolved without data");
    }
  };
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, requests) }, worker));
  const wallMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  return { cpuUs: cpu.user + cpu.system, wallMs };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      client: { type: "string" },
      url: { type: "string" },
      requests: { type: "string", default: "5000" },
      concurrency: { type: "string", default: "1" },
      rounds: { type: "string", default: "5" },
      warmup: { type: "string", default: "500" },
    },
  });
  const setUp = clients[values.client ?? ""];
  if (setUp === undefined || values.url === undefined) throw new Error(`--client takes one of ${Object.keys(clients).join(", ")}, and --url is required`);
  const call = await setUp(values.url);
  const [requests, concurrency, rounds, warmup] = [values.requests, values.concurrency, values.rounds, values.warmup].map(Number) as [number, number, number, number];
  if (warmup > 0) await runRound(call, warmup, concurrency);
  for (let round = 0; round < rounds; round++) {
    const result = await runRound(call, requests, concurrency);
    console.log(JSON.stringify({ round, requests, concurrency, ...result }));
  }
}

try {
  await main();
  process.exit(0); // Keep-alive sockets would otherwise hold the process open.
} catch (error) {
  console.error(`perCallClient: ${(error as Error).message}`);
  process.exit(1);
}

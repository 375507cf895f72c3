/**
 * Per-call client CPU of the runtime against plain openapi-fetch, with the network taken out:
 * both get a fetch that answers at once with a fresh JSON Response. Not a test (no assertions
 * on time); run with `npx tsx test/runtime/bench.ts` and compare the two lines.
 */
import createClient from "openapi-fetch";
import { createRuntime, type OperationSpec } from "../../runtime/index.js";

const BODY = JSON.stringify({ data: { id: "p1", name: "demo", region: "europe-west" } });
const HEADERS = { "content-type": "application/json", "x-ratelimit-limit": "1000", "x-ratelimit-remaining": "999", "x-ratelimit-reset": "3600" };
const answer = async (): Promise<Response> => new Response(BODY, { status: 200, headers: HEADERS });

const getProject: OperationSpec = {
  operationId: "getProject",
  method: "get",
  path: "/v1/projects/{projectId}",
  idempotent: true,
  scopedPaths: { team: { path: "/v1/teams/{teamId}/projects/{projectId}", parameters: ["teamId"] } },
  resultPointer: "/data",
  requestMediaType: null,
  responseParse: "json",
  pagination: null,
  waiter: null,
};

const plain = createClient<any>({ baseUrl: "https://api.northflank.com", fetch: answer, headers: { Authorization: "Bearer t" } });
const runtime = createRuntime({ token: "t", fetch: answer });

const calls: Record<string, () => Promise<unknown>> = {
  "openapi-fetch": async () => (await plain.GET("/v1/projects/{projectId}", { params: { path: { projectId: "p1" } } })).data.data,
  runtime: () => runtime.call(getProject, { path: { projectId: "p1" } }),
};

async function measure(call: () => Promise<unknown>, n: number): Promise<number> {
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await call();
  return Number(process.hrtime.bigint() - start) / n / 1000;
}

// The machine may be shared: interleave short rounds and keep each side's best, which is the
// least disturbed estimate of its own cost.
const N = Number(process.argv[2] ?? 5_000);
const ROUNDS = Number(process.argv[3] ?? 15);
for (const call of Object.values(calls)) await measure(call, N); // warm up
const best: Record<string, number> = {};
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, call] of Object.entries(calls)) best[name] = Math.min(best[name] ?? Infinity, await measure(call, N));
}
const [base, ours] = [best["openapi-fetch"]!, best.runtime!];
console.log(`openapi-fetch ${base.toFixed(2)} µs/call, runtime ${ours.toFixed(2)} µs/call, ratio ${(ours / base).toFixed(3)}`);

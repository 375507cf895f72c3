/**
 * The load generator of the mock part, in its own process: a node:http keep-alive client loop
 * against 127.0.0.1 that sends `--requests` requests, `--concurrency` at a time, or stops at
 * `--max-ms`, whichever comes first, and prints one JSON line: how many were answered, how
 * many with a 2xx, the status counts, and the wall time.
 *
 *   loadGenerator.ts --url URL --operation getProject|createProject [--project ID]
 *                    --requests N --concurrency C --max-ms T --salt S
 */
import { Agent, request } from "node:http";
import { parseArgs } from "node:util";

interface Target {
  readonly method: "GET" | "POST";
  readonly path: string;
  body(index: number): string | null;
}

function targetFor(operation: string, project: string, salt: string): Target {
  if (operation === "getProject") return { method: "GET", path: `/v1/projects/${encodeURIComponent(project)}`, body: () => null };
  if (operation === "createProject") {
    // Unique names, because the project ID derives from the name and a repeat is a 409.
    return { method: "POST", path: "/v1/projects", body: (index) => JSON.stringify({ name: `bench-${salt}-${index}`, region: "europe-west" }) };
  }
  throw new Error(`--operation takes getProject or createProject, got ${JSON.stringify(operation)}`);
}

function send(url: URL, agent: Agent, target: Target, index: number): Promise<number> {
  const body = target.body(index);
  const headers: Record<string, string> = { authorization: "Bearer bench-token", accept: "application/json" };
  if (body !== null) Object.assign(headers, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)) });
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, method: target.method, path: target.path, headers, agent }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end(body ?? undefined);
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      url: { type: "string" },
      operation: { type: "string" },
      project: { type: "string", default: "bench-project" },
      requests: { type: "string", default: "2000" },
      concurrency: { type: "string", default: "16" },
      "max-ms": { type: "string", default: "15000" },
      salt: { type: "string", default: String(process.pid) },
    },
  });
  if (values.url === undefined) throw new Error("--url is required");
  const url = new URL(values.url);
  if (url.hostname !== "127.0.0.1") throw new Error("the load generator only targets 127.0.0.1");
  const target = targetFor(values.operation ?? "", values.project!, values.salt!);
  const [requests, concurrency, maxMs] = [values.requests, values.concurrency, values["max-ms"]].map(Number) as [number, number, number];
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const statuses: Record<string, number> = {};
  let sent = 0;
  let answered = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const worker = async (): Promise<void> => {
    while (sent < requests && performance.now() < deadline) {
      const status = await send(url, agent, target, sent++);
      statuses[status] = (statuses[status] ?? 0) + 1;
      answered++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - started;
  const ok = Object.entries(statuses).reduce((sum, [status, count]) => sum + (status.startsWith("2") ? count : 0), 0);
  console.log(JSON.stringify({ answered, ok, statuses, wallMs }));
  agent.destroy();
}

try {
  await main();
} catch (error) {
  console.error(`loadGenerator: ${(error as Error).message}`);
  process.exitCode = 1;
}

// A user's TypeScript file, type-checked against the installed package (its .d.ts, not
// our sources) under NodeNext and bundler resolution. Each @ts-expect-error must meet a
// real error: were the package's types missing or `any`, tsc would report it unused.
import { createNorthflankClient, NorthflankApiError, type components } from "@northflank-openapi/client";
import { createRuntime } from "@northflank-openapi/client/runtime";
import { createNodeTransport } from "@northflank-openapi/client/runtime/node-transport";
import { createNorthflankStreamingClient, NorthflankStreamError, type LogLine } from "@northflank-openapi/client/streaming";
import { startMockServer, type MockServer } from "northflank-openapi/mock";

const nf = createNorthflankClient({ token: "t", baseUrl: "http://127.0.0.1:1", timeoutMs: 30_000 });

export async function createDemo(): Promise<string> {
  const project = await nf.createProject({ body: { name: "demo", region: "europe-west" } });
  const id: string = project.id;
  // @ts-expect-error the project id is a string
  const wrongId: number = project.id;
  void wrongId;
  // @ts-expect-error `regoin` is not a field of the create-project body
  await nf.createProject({ body: { name: "demo", regoin: "europe-west" } });
  // @ts-expect-error getProject needs path.projectId
  await nf.getProject({ path: {} });
  return id;
}

export function statusOf(error: unknown): number | null {
  return error instanceof NorthflankApiError ? error.status : null;
}

export type Project = components["schemas"]["Project"];
export const runtime = createRuntime({ token: "t" });
export const overNodeHttp = createNorthflankClient({ token: "t", fetch: createNodeTransport({ maxSockets: 10 }) });
export const startMock: (options: { port: number }) => Promise<MockServer> = startMockServer;

// The streaming entry point's types, from its shipped .d.ts.
const streams = createNorthflankStreamingClient({ token: "t", baseUrl: "http://127.0.0.1:1" });

export async function tailAndExec(): Promise<number> {
  for await (const line of streams.tailServiceBuildLogs({ path: { projectId: "p", serviceId: "s" }, query: { buildId: "b" } })) {
    const when: Date = line.ts;
    void when;
    break;
  }
  // @ts-expect-error a service log tail takes no buildId
  streams.tailServiceLogs({ path: { projectId: "p", serviceId: "s" }, query: { buildId: "b" } });
  // @ts-expect-error one text or regex filter at most
  streams.tailJobLogs({ path: { projectId: "p", jobId: "j" }, query: { textIncludes: "a", regexIncludes: "b" } });
  const result = await streams.execServiceCommand({ path: { projectId: "p", serviceId: "s" }, command: ["echo", "hi"] });
  const out: string = result.stdout;
  void out;
  return result.exitCode;
}

export const isStreamError = (error: unknown): boolean => error instanceof NorthflankStreamError;
export type Line = LogLine;

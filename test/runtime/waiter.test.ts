import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime, ArgumentError, WaiterError } from "../../runtime/index.js";
import { getJobRun, getProject } from "./operations.js";
import { fakeClock, json, startServer, type TestServer } from "./server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(() => server.close());

const path = { projectId: "demo", jobId: "nightly", runId: "r1" };

/** Serves the statuses in order, repeating the last one. */
function serveStatuses(...statuses: string[]): void {
  server.reset((_request, response, index) => json(response, 200, { data: { id: "r1", status: statuses[Math.min(index, statuses.length - 1)] } }));
}

function setup() {
  const clock = fakeClock();
  const runtime = createRuntime({ token: "t", baseUrl: server.url, clock });
  const progress: [string, unknown][] = [];
  const onProgress = (status: string, resource: unknown) => void progress.push([status, resource]);
  return { clock, runtime, progress, onProgress };
}

describe("waiters", () => {
  it("polls with capped backoff until a done state, resolving with the resource", async () => {
    serveStatuses("RUNNING", "RUNNING", "RUNNING", "RUNNING", "SUCCESS");
    const { clock, runtime, progress, onProgress } = setup();
    const run = await runtime.wait(getJobRun, { path, pollIntervalMs: 1000, maxPollIntervalMs: 2000, onProgress });
    expect(run).toEqual({ id: "r1", status: "SUCCESS" });
    expect(progress.map(([status]) => status)).toEqual(["RUNNING", "RUNNING", "RUNNING", "RUNNING", "SUCCESS"]);
    expect(progress[0]![1]).toEqual({ id: "r1", status: "RUNNING" });
    expect(clock.sleeps).toEqual([1000, 1500, 2000, 2000]);
    expect(server.requests.every((r) => r.url === "/v1/projects/demo/jobs/nightly/runs/r1")).toBe(true);
  });

  it("rejects with WaiterError carrying the resource on a failed state", async () => {
    serveStatuses("RUNNING", "FAILED");
    const { runtime, progress, onProgress } = setup();
    const error = (await runtime.wait(getJobRun, { path, onProgress }).catch((e: unknown) => e)) as WaiterError;
    expect(error).toBeInstanceOf(WaiterError);
    expect(error).toMatchObject({ waiter: "waitForJobRun", reason: "failed", status: "FAILED", resource: { id: "r1", status: "FAILED" } });
    expect(error.message).toBe('waitForJobRun: the resource reached the failed state "FAILED"');
    expect(progress).toHaveLength(2);
  });

  it("gives up at the overall timeout with the last resource, never sleeping past it", async () => {
    serveStatuses("RUNNING");
    const { clock, runtime, progress, onProgress } = setup();
    const error = (await runtime.wait(getJobRun, { path, waitTimeoutMs: 5000, pollIntervalMs: 2000, onProgress }).catch((e: unknown) => e)) as WaiterError;
    expect(error).toMatchObject({ reason: "timeout", status: "RUNNING", resource: { id: "r1", status: "RUNNING" } });
    expect(clock.sleeps).toEqual([2000, 3000]);
    expect(progress).toHaveLength(3);
  });

  it("stops polling when the signal aborts", async () => {
    serveStatuses("RUNNING");
    const { runtime } = setup();
    const controller = new AbortController();
    const waiting = runtime.wait(getJobRun, { path, signal: controller.signal, onProgress: () => controller.abort(new Error("cancelled")) });
    await expect(waiting).rejects.toThrow("cancelled");
    expect(server.requests).toHaveLength(1);
  });

  it("refuses an operation without x-waiter", async () => {
    const { runtime } = setup();
    await expect(runtime.wait(getProject, { path: { projectId: "p" } })).rejects.toBeInstanceOf(ArgumentError);
  });
});

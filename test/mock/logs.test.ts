/**
 * Log endpoints answer with the lines the mock produced for a build, a run or a
 * container, as time passes, narrowed by the query: buildId, runId, startTime/endTime,
 * textIncludes, direction and lineLimit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STEP_MS, startHarness, type Harness } from "./mockHarness.js";

let api: Harness;
const project = { projectId: "api-example-project" };
const service = { ...project, serviceId: "combined-service" };
let failedBuildId: string;
let startedAt: number;

beforeAll(async () => {
  api = await startHarness();
  await api.call("createProject", { body: api.example("createProject", "guide") });
  await api.call("createCombinedService", { path: project, body: api.example("createCombinedService", "gitRepository") });
  api.server.state.failNextBuild();
  const build = await api.call("startServiceBuild", { path: service, body: {} });
  failedBuildId = build.body.data.id;
  startedAt = Date.parse(build.body.data.createdAt);
});
afterAll(() => api.close());

const logs = (query: Record<string, string | number>) => api.call("getServiceBuildLogs", { path: service, query }).then((r) => r.body.data.map((l: { log: string }) => l.log));

describe("log endpoints", () => {
  it("show only the lines a build has written so far", async () => {
    expect(await logs({ direction: "forward" })).toEqual([expect.stringMatching(/^Build .* queued/)]);
    api.advance(2 * STEP_MS);
    expect(await logs({ direction: "forward" })).toEqual([
      expect.stringMatching(/^Build .* queued/),
      "Cloning the repository and building the image",
      "error: the build step exited with code 1",
    ]);
  });

  it("answer newest first by default, and honour lineLimit, startTime and textIncludes", async () => {
    expect(await logs({ lineLimit: 1 })).toEqual(["error: the build step exited with code 1"]);
    expect(await logs({ direction: "forward", startTime: new Date(startedAt + STEP_MS).toISOString() })).toHaveLength(2);
    expect(await logs({ direction: "forward", endTime: new Date(startedAt).toISOString() })).toHaveLength(1);
    expect(await logs({ textIncludes: "Cloning" })).toEqual(["Cloning the repository and building the image"]);
  });

  it("keep each build's lines apart with buildId", async () => {
    const second = await api.call("startServiceBuild", { path: service, body: {} });
    api.advance(2 * STEP_MS);
    const lines = await logs({ buildId: second.body.data.id, direction: "forward" });
    expect(lines.at(-1)).toBe("Image built and pushed to the registry");
    expect(await logs({ buildId: failedBuildId })).toHaveLength(3);
  });

  it("give a job run's output, by runId", async () => {
    await api.call("createManualJob", { path: project, body: api.example("createManualJob", "guide") });
    const job = { ...project, jobId: "manual-job" };
    api.server.state.failNextJobRun();
    const run = await api.call("startJobRun", { path: job, body: {} });
    api.advance(2 * STEP_MS);
    const lines = await api.call("getJobLogs", { path: job, query: { runId: run.body.data.id, direction: "forward" } });
    expect(lines.body.data.map((l: { log: string }) => l.log)).toEqual([expect.stringMatching(/^Run manual-job-\w+ started$/), "Run failed: the container exited with code 1"]);
    expect((await api.call("getJobLogs", { path: job, query: { runId: "another-run" } })).body.data).toEqual([]);
  });

  it("answer 404 for a service that does not exist", async () => {
    expect((await api.call("getServiceLogs", { path: { ...project, serviceId: "missing" } })).status).toBe(404);
  });
});

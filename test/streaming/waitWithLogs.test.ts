/**
 * Waiters that stream: while waitForServiceBuild or waitForJobRun polls, each line of the
 * build's or run's log reaches onLog once, in order, the last one included, whether the
 * wait resolves or rejects.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WaiterError } from "../../runtime/index.js";
import type { LogLine } from "../../streaming/index.js";
import { STEP_MS, type Harness } from "../mock/mockHarness.js";
import { recordingWebSocket, COMBINED_SERVICE, createCombinedService, GUIDE_PROJECT, startStreamingHarness, streamingClient } from "./streamingHarness.js";

let api: Harness;
const project = GUIDE_PROJECT;
const service = COMBINED_SERVICE;

beforeAll(async () => {
  api = await startStreamingHarness();
  await createCombinedService(api);
});
afterAll(() => api.close());

/** Each poll moves the mock's clock one step, so the build progresses as the waiter watches. */
const pacing = { pollIntervalMs: 5, onProgress: () => api.advance(STEP_MS / 2) };

describe("waitForServiceBuild with onLog", () => {
  it("streams every line of the build once, in order, and resolves with the build", async () => {
    const client = streamingClient(api, recordingWebSocket());
    const build = await client.startServiceBuild({ path: service, body: {} });
    const lines: LogLine[] = [];
    const done = await client.waitForServiceBuild({ path: { ...service, buildId: build.id }, ...pacing, onLog: (line) => lines.push(line) });
    expect(done.status).toBe("SUCCESS");
    expect(lines.map((line) => line.log)).toEqual([expect.stringMatching(/queued/), "Cloning the repository and building the image", "Image built and pushed to the registry"]);
  });

  it("still delivers the log, to its last line, when the build fails", async () => {
    const client = streamingClient(api, recordingWebSocket());
    api.server.state.failNextBuild();
    const build = await client.startServiceBuild({ path: service, body: {} });
    const lines: unknown[] = [];
    const failure = await client.waitForServiceBuild({ path: { ...service, buildId: build.id }, ...pacing, onLog: (line) => lines.push(line.log) }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WaiterError);
    expect(lines.at(-1)).toBe("error: the build step exited with code 1");
    expect(lines).toHaveLength(3);
  });

  it("reports a log that cannot be streamed to onLogError, and the wait goes on", async () => {
    const client = streamingClient(api, recordingWebSocket(), { reconnect: { maxAttempts: 0 } });
    const build = await client.startServiceBuild({ path: service, body: {} });
    const errors: unknown[] = [];
    const lines: unknown[] = [];
    const wait = client.waitForServiceBuild({
      path: { ...service, buildId: build.id },
      pollIntervalMs: 5,
      onProgress: () => {
        api.server.state.dropStreams();
        api.advance(STEP_MS / 2);
      },
      onLog: (line) => lines.push(line.log),
      onLogError: (error) => errors.push(error),
    });
    expect((await wait).status).toBe("SUCCESS");
    expect(errors).toEqual([expect.objectContaining({ name: "NorthflankStreamError", reason: "dropped" })]);
    // The final read after the wait still delivers what the tail missed.
    expect(lines.at(-1)).toBe("Image built and pushed to the registry");
    expect(new Set(lines).size).toBe(lines.length);
  });
});

describe("waitForJobRun with onLog", () => {
  it("streams the run's lines", async () => {
    const client = streamingClient(api, recordingWebSocket());
    await api.call("createManualJob", { path: project, body: api.example("createManualJob", "guide") });
    const job = { ...project, jobId: "manual-job" };
    const run = await client.startJobRun({ path: job, body: {} });
    const lines: unknown[] = [];
    await client.waitForJobRun({ path: { ...job, runId: run.id }, ...pacing, onLog: (line) => lines.push(line.log) });
    expect(lines).toEqual([expect.stringMatching(/started$/), "Run completed"]);
  });
});

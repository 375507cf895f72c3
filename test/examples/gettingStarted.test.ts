/**
 * The getting-started walkthrough against the mock: in-process with a fast clock, as
 * `npm start` runs it (a child process, exit 0), and with the mock stopped mid-run
 * (a clear error naming the step, not a hang).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { NorthflankNetworkError } from "../../generated/index.js";
import { createNorthflankStreamingClient, type NorthflankStreamingClient } from "../../streaming/index.js";
import { startMockServer, type MockServer } from "../../mock/index.js";
import { createReporter, type StepRecord } from "../../examples/walkthrough/reporter.js";
import { runGettingStarted, WalkthroughStepError } from "../../examples/walkthrough/runGettingStarted.js";
import { specDocument } from "../mock/mockHarness.js";

let server: MockServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

let client: NorthflankStreamingClient;

async function walkthrough(onStep: (record: StepRecord) => void = () => {}, keep = false, prepare: (mock: MockServer) => void = () => {}, info: (line: string) => void = () => {}) {
  server = await startMockServer({ document: await specDocument(), timing: { stepMs: 20 } });
  prepare(server);
  client = createNorthflankStreamingClient({ token: "t", baseUrl: server.url, retry: { maxRetries: 1, baseDelayMs: 10 } });
  const quiet = createReporter({ write: () => {}, live: false });
  return runGettingStarted({
    client,
    reporter: { ...quiet, step: onStep, info },
    nameSuffix: "",
    pollIntervalMs: 10,
    waitTimeoutMs: 30_000,
    keep,
  });
}

describe("getting-started", () => {
  it("walks the whole guide and ends with every resource in its final state", async () => {
    const result = await walkthrough();
    expect(result.steps.map((step) => [step.title, step.status])).toEqual([
      ["Create a project", "created"],
      ["Create a build service", "created"],
      ["Start a build of master", "QUEUED"],
      ["Wait for the build", "SUCCESS"],
      ["Create a deployment service", "created"],
      ["Deploy the build", "deploying"],
      ["Wait for the build's rollout", "COMPLETED"],
      ["Deploy nginx:latest", "deploying"],
      ["Wait for the image's rollout", "COMPLETED"],
      ["Run a command in the service", "exit 0"],
      ["Create a manual job", "created"],
      ["Run the job", "started"],
      ["Wait for the job run", "SUCCESS"],
      ["Create a MongoDB addon", "preDeployment"],
      ["Wait for the addon to run", "running"],
      ["Back up the addon", expect.stringMatching(/^(scheduled|in-progress)$/)],
      ["Wait for the backup", "completed"],
      ["Delete the project", "deleted"],
    ]);
    expect(result.created.map((resource) => resource.id)).toEqual([
      "api-example-project",
      "api-example-project/build-service",
      "api-example-project/deployment-service",
      "api-example-project/manual-job",
      "api-example-project/database",
    ]);
  });

  it("leaves nothing behind: the project and everything in it are gone", async () => {
    await walkthrough();
    expect(await client.listProjects({})).toMatchObject({ projects: [] });
    await expect(client.getProject({ path: { projectId: "api-example-project" } })).rejects.toMatchObject({ status: 404 });
  });

  it("with keep, ends after the backup and leaves the project in place", async () => {
    const result = await walkthrough(undefined, true);
    expect(result.steps.at(-1)?.title).toBe("Wait for the backup");
    expect(await client.getProject({ path: { projectId: "api-example-project" } })).toMatchObject({ id: "api-example-project" });
  });

  it("prints the log of a build that fails, then stops at that step", async () => {
    const printed: string[] = [];
    const failure = await walkthrough(undefined, false, (mock) => mock.state.failNextBuild(), (line) => printed.push(line)).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WalkthroughStepError);
    expect((failure as WalkthroughStepError).step).toBe("Wait for the build");
    expect((failure as WalkthroughStepError).cause).toMatchObject({ name: "WaiterError", reason: "failed", status: "FAILURE" });
    expect(printed[0]).toMatch(/^Build \S+ failed; its log:$/);
    expect(printed.slice(1).map((line) => line.replace(/^\s+\S+\s+/, ""))).toEqual([
      expect.stringMatching(/^Build \S+ queued: master at [0-9a-f]{7}$/),
      "Cloning the repository and building the image",
      "error: the build step exited with code 1",
    ]);
  });

  it("on a terminal, shows the build's and the run's log live, before the step's line", async () => {
    server = await startMockServer({ document: await specDocument(), timing: { stepMs: 20 } });
    client = createNorthflankStreamingClient({ token: "t", baseUrl: server.url });
    let screen = "";
    const reporter = createReporter({ write: (text) => (screen += text), live: true });
    await runGettingStarted({ client, reporter, nameSuffix: "", pollIntervalMs: 10, waitTimeoutMs: 30_000 });
    const shown = screen.replace(/\r\x1b\[2K/g, "\n").split("\n").filter((line) => /^ {2}\S+Z {2}|^✓ Wait for the (build|job run) /.test(line));
    expect(shown.map((line) => line.replace(/^ {2}\S+ {2}/, "").replace(/\s{2,}.*$/, ""))).toEqual([
      expect.stringMatching(/^Build \S+ queued: master at [0-9a-f]{7}$/),
      "Cloning the repository and building the image",
      "Image built and pushed to the registry",
      "✓ Wait for the build",
      expect.stringMatching(/^Run \S+ started$/),
      "Run completed",
      "✓ Wait for the job run",
    ]);
  });

  it("fails with the step and the network error when the mock stops mid-run", async () => {
    const failure = await walkthrough((record) => {
      if (record.title === "Create a build service") void server?.close();
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(WalkthroughStepError);
    expect((failure as WalkthroughStepError).step).toBe("Start a build of master");
    expect((failure as WalkthroughStepError).cause).toBeInstanceOf(NorthflankNetworkError);
    expect((failure as WalkthroughStepError).created.map((resource) => resource.kind)).toEqual(["project", "build service"]);
  });

  it("runs as `npm start` does and exits 0", async () => {
    const env = { ...process.env };
    delete env.NORTHFLANK_API_TOKEN;
    delete env.NORTHFLANK_API_URL;
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "examples/getting-started.ts"], { env, timeout: 60_000 });
    expect(stdout).toContain("running against the local mock API, started in this process");
    expect(stdout).toMatch(/✓ Wait for the backup\s+\S+\s+completed/);
    expect(stdout).toMatch(/✓ Delete the project\s+api-example-project\s+deleted/);
    expect(stdout).toMatch(/Rate budget left: \d+ of 1000 requests/);
  }, 60_000);
});

/**
 * The whole walkthrough of Northflank's "Use the API" guide, with the generated client:
 * a project, a build service and a build, a deployment service that deploys the build
 * and then nginx:latest (each rollout waited for), a manual job and its run, a MongoDB
 * addon and its backup. Each step reports its id and status; waits go through the
 * client's waiters, which stream the build's and the run's log as they wait (shown live
 * on a terminal), and a build that fails has its log printed. A command runs in the
 * deployed service. Unless told to keep it, it ends by deleting the project, and
 * everything in it.
 */
import {
  NorthflankWaiterError,
  type CreateAddonArgs,
  type CreateBuildServiceArgs,
  type CreateDeploymentServiceArgs,
  type CreateManualJobArgs,
  type NorthflankClient,
  type WaitOptions,
} from "../../generated/index.js";
import type { LogLine, NorthflankStreamingClient } from "../../streaming/index.js";
import type { Reporter, StepRecord } from "./reporter.js";

export interface WalkthroughOptions {
  readonly client: NorthflankStreamingClient;
  readonly reporter: Reporter;
  /** Added to the project's name so a rerun on a server that keeps state does not meet a 409. */
  readonly nameSuffix: string;
  /** How often waiters poll. */
  readonly pollIntervalMs: number;
  /** The longest any one wait may take. */
  readonly waitTimeoutMs: number;
  /** Leave the project and everything in it in place at the end (`npm start -- --keep`). @default false */
  readonly keep?: boolean;
}

export interface CreatedResource {
  readonly kind: string;
  readonly id: string;
}

export interface WalkthroughResult {
  readonly steps: StepRecord[];
  readonly created: CreatedResource[];
}

/** Names a failed step, so the error says where the walkthrough stopped, and what it had created by then. */
export class WalkthroughStepError extends Error {
  constructor(
    readonly step: string,
    override readonly cause: unknown,
    readonly created: readonly CreatedResource[] = [],
  ) {
    super(`step "${step}" failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "WalkthroughStepError";
  }
}

export async function runGettingStarted(options: WalkthroughOptions): Promise<WalkthroughResult> {
  const { client } = options;
  const result: WalkthroughResult = { steps: [], created: [] };
  const step = stepRunner(options, result);

  const project = await step("Create a project", async () => {
    const created = await client.createProject({
      body: { name: `API example project${options.nameSuffix}`, description: "This is a new project.", color: "#EF233C", region: "europe-west" },
    });
    return { id: created.id, status: "created", created: { kind: "project", id: created.id } };
  });
  const projectId = project.id;

  const builder = await step("Create a build service", async () => {
    const created = await client.createBuildService({ path: { projectId }, body: guideBuildService() });
    return { id: created.id, status: "created", created: { kind: "build service", id: `${projectId}/${created.id}` } };
  });

  const build = await step("Start a build of master", async () => {
    const started = await client.startServiceBuild({ path: { projectId, serviceId: builder.id }, body: { branch: "master" } });
    return { id: started.id, status: String(started.status ?? "started") };
  });

  await step("Wait for the build", async (title) => {
    const buildPath = { projectId, serviceId: builder.id, buildId: build.id };
    const log = logCollector(options);
    const done = await client.waitForServiceBuild({ path: buildPath, ...waitOptions(options, title), ...log.streaming }).catch((error: unknown) => {
      if (error instanceof NorthflankWaiterError && error.reason === "failed") printBuildLog(options, build.id, log.lines);
      throw error;
    });
    return { id: done.id, status: String(done.status) };
  });

  const deployment = await step("Create a deployment service", async () => {
    const created = await client.createDeploymentService({ path: { projectId }, body: guideDeploymentService() });
    return { id: created.id, status: "created", created: { kind: "deployment service", id: `${projectId}/${created.id}` } };
  });
  const deploymentPath = { projectId, serviceId: deployment.id };

  await step("Deploy the build", async () => {
    await client.updateServiceDeployment({ path: deploymentPath, body: { internal: { id: builder.id, branch: "master", buildSHA: "latest" } } });
    return { id: deployment.id, status: "deploying" };
  });

  await step("Wait for the build's rollout", (title) => waitForRollout(options, deploymentPath, title));

  await step("Deploy nginx:latest", async () => {
    await client.updateServiceDeployment({ path: deploymentPath, body: { external: { imagePath: "nginx:latest" }, docker: { configType: "default" } } });
    return { id: deployment.id, status: "deploying" };
  });

  await step("Wait for the image's rollout", (title) => waitForRollout(options, deploymentPath, title));

  await step("Run a command in the service", async () => {
    const result = await client.execServiceCommand({ path: deploymentPath, command: ["echo", "hello from the container"] });
    if (result.exitCode !== 0) throw new Error(`the command exited with code ${result.exitCode}: ${result.stderr.trim()}`);
    return { id: deployment.id, status: `exit ${result.exitCode}` };
  });

  const job = await step("Create a manual job", async () => {
    const created = await client.createManualJob({ path: { projectId }, body: guideManualJob() });
    return { id: created.id, status: "created", created: { kind: "manual job", id: `${projectId}/${created.id}` } };
  });

  const run = await step("Run the job", async () => {
    const started = await client.startJobRun({ path: { projectId, jobId: job.id }, body: {} });
    return { id: started.id, status: "started" };
  });

  await step("Wait for the job run", async (title) => {
    const log = logCollector(options);
    const done = await client.waitForJobRun({ path: { projectId, jobId: job.id, runId: run.id }, ...waitOptions(options, title), ...log.streaming });
    return { id: done.id, status: done.status };
  });

  const addon = await step("Create a MongoDB addon", async () => {
    const created = await client.createAddon({ path: { projectId }, body: guideAddon() });
    return { id: created.id, status: String(created.status), created: { kind: "addon", id: `${projectId}/${created.id}` } };
  });
  const addonPath = { projectId, addonId: addon.id };

  await step("Wait for the addon to run", async (title) => {
    const running = await client.waitForAddon({ path: addonPath, ...waitOptions(options, title) });
    return { id: running.id, status: running.status };
  });

  const backup = await step("Back up the addon", async () => {
    const started = await client.backupAddon({ path: addonPath, body: { name: `Example backup ${Date.now()}`, backupType: "snapshot", compressionType: "gz" } });
    return { id: started.id, status: started.status };
  });

  await step("Wait for the backup", async (title) => {
    const done = await client.waitForAddonBackup({ path: { ...addonPath, backupId: backup.id }, ...waitOptions(options, title) });
    return { id: done.id, status: done.status };
  });

  if (!options.keep) {
    await step("Delete the project", async () => {
      await deleteProject(client, projectId);
      return { id: projectId, status: "deleted" };
    });
  }
  return result;
}

/** Waits until the service's current rollout has completed (or failed). */
async function waitForRollout(options: WalkthroughOptions, path: { projectId: string; serviceId: string }, title: string): Promise<StepOutcome> {
  const service = await options.client.waitForServiceDeployment({ path, ...waitOptions(options, title) });
  return { id: service.id, status: String(service.status.deployment?.status) };
}

/** The log a waiter streams: shown live (on a terminal) and kept, to print if the wait fails. */
function logCollector(options: WalkthroughOptions) {
  const lines: LogLine[] = [];
  return {
    lines,
    streaming: {
      onLog: (line: LogLine) => {
        lines.push(line);
        options.reporter.logLine(formatLogLine(line));
      },
      // A log that cannot be streamed is worth a note, not a failed step: the waiter decides.
      onLogError: (error: unknown) => options.reporter.info(`  (the log could not be streamed: ${error instanceof Error ? error.message : String(error)})`),
    },
  };
}

function formatLogLine(line: LogLine): string {
  return `  ${line.ts.toISOString()}  ${String(line.log)}`;
}

/** Prints a failed build's log, oldest line first, so the reason is on screen before the error. */
function printBuildLog(options: WalkthroughOptions, buildId: string, lines: readonly LogLine[]): void {
  options.reporter.info(`Build ${buildId} failed; its log:`);
  for (const line of lines.slice(-BUILD_LOG_LINES)) options.reporter.info(formatLogLine(line));
}

/** Enough of a failed build's log to show why, without flooding the terminal. */
const BUILD_LOG_LINES = 200;

/** Deletes a project the walkthrough made, and everything in it (also used to clean up after a failed step). */
export async function deleteProject(client: NorthflankClient, projectId: string): Promise<void> {
  await client.deleteProject({ path: { projectId }, query: { delete_child_objects: true } });
}

interface StepOutcome {
  readonly id: string;
  readonly status: string;
  readonly created?: CreatedResource;
}

/** Runs one step: times it, reports it, records what it created, and names it when it fails. */
function stepRunner(options: WalkthroughOptions, result: WalkthroughResult) {
  return async (title: string, body: (title: string) => Promise<StepOutcome>): Promise<StepOutcome> => {
    const started = performance.now();
    let outcome: StepOutcome;
    try {
      outcome = await body(title);
    } catch (error) {
      throw new WalkthroughStepError(title, error, [...result.created]);
    }
    const record = { title, id: outcome.id, status: outcome.status, ms: performance.now() - started };
    result.steps.push(record);
    if (outcome.created !== undefined) result.created.push(outcome.created);
    options.reporter.step(record);
    return outcome;
  };
}

function waitOptions<R>(options: WalkthroughOptions, title: string): WaitOptions<R> {
  const started = performance.now();
  return {
    pollIntervalMs: options.pollIntervalMs,
    maxPollIntervalMs: Math.max(options.pollIntervalMs, 5_000),
    waitTimeoutMs: options.waitTimeoutMs,
    onProgress: (status) => options.reporter.progress(title, status, performance.now() - started),
  };
}

// The guide's payloads.

function guideBuildService(): CreateBuildServiceArgs["body"] {
  return {
    name: "Build service",
    billing: { deploymentPlan: "nf-compute-10" },
    vcsData: { projectUrl: "https://github.com/northflank-examples/node-express-example", projectType: "github" },
    buildSettings: { dockerfile: { buildEngine: "kaniko", useCache: false, dockerFilePath: "/Dockerfile", dockerWorkDir: "/" } },
    buildConfiguration: { prRestrictions: ["*"], branchRestrictions: ["master"], ciIgnoreFlags: ["[skip ci]", "[ci skip]", "[no ci]"] },
  };
}

function guideDeploymentService(): CreateDeploymentServiceArgs["body"] {
  return {
    name: "Deployment service",
    billing: { deploymentPlan: "nf-compute-10" },
    deployment: { type: "deployment", instances: 1, docker: { configType: "default" } },
  };
}

function guideManualJob(): CreateManualJobArgs["body"] {
  return {
    name: "Manual job",
    billing: { deploymentPlan: "nf-compute-20" },
    disabledCI: false,
    backoffLimit: 0,
    runOnSourceChange: "never",
    activeDeadlineSeconds: 600,
    deployment: {
      docker: { configType: "default" },
      vcs: { projectUrl: "https://github.com/northflank-examples/mock-job", projectType: "github", projectBranch: "main" },
    },
    buildSettings: { dockerfile: { buildEngine: "kaniko", useCache: false, dockerFilePath: "/Dockerfile", dockerWorkDir: "/" } },
  };
}

function guideAddon(): CreateAddonArgs["body"] {
  return {
    name: "database",
    type: "mongodb",
    version: "latest",
    billing: { deploymentPlan: "nf-compute-50", storageClass: "ssd", storage: 4096, replicas: 1 },
    tlsEnabled: false,
    externalAccessEnabled: false,
  };
}

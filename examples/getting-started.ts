/**
 * Northflank's "Use the API" guide, end to end, with the generated client.
 *
 *   npm start                                   # against the local mock, started here
 *   NORTHFLANK_API_URL=http://127.0.0.1:8080 npm start   # against `northflank-openapi mock`
 *   NORTHFLANK_API_TOKEN=... npm start          # against the real API (creates resources, then deletes them)
 *   npm start -- --keep                         # leave the project in place at the end
 *
 * Exits 0 when every step succeeded, 1 with the failing step's error otherwise.
 */
import { createNorthflankStreamingClient, type NorthflankStreamingClient } from "../streaming/index.js";
import { createReporter, formatMs, type Reporter } from "./walkthrough/reporter.js";
import { deleteProject, runGettingStarted, WalkthroughStepError, type CreatedResource } from "./walkthrough/runGettingStarted.js";
import { chooseTarget, type Target } from "./walkthrough/target.js";

async function main(): Promise<number> {
  const reporter = createReporter({ write: (text) => process.stdout.write(text), live: process.stdout.isTTY === true });
  const target = await chooseTarget(process.env);
  const keep = process.argv.includes("--keep");
  announce(reporter, target, keep);
  const isMock = target.kind !== "real API";
  const client = createNorthflankStreamingClient({ token: target.token, baseUrl: target.baseUrl, timeoutMs: 10_000, userAgent: "getting-started" });
  const started = performance.now();
  try {
    const result = await runGettingStarted({
      client,
      reporter,
      // A fresh in-process mock is empty; anything else may still hold the last run's project.
      nameSuffix: target.kind === "in-process mock" ? "" : ` ${Date.now().toString(36).slice(-5)}`,
      pollIntervalMs: isMock ? 200 : 2_000,
      waitTimeoutMs: isMock ? 60_000 : 30 * 60_000,
      keep,
    });
    reporter.summary(result.steps, client.runtime.rateLimit, performance.now() - started);
    if (keep && target.kind === "real API") listCreated(reporter, result.created);
    return 0;
  } catch (error) {
    reporter.info(`\n✗ getting-started failed after ${formatMs(performance.now() - started)}: ${describe(error)}`);
    if (target.kind !== "in-process mock") reporter.info(`  (talking to ${target.baseUrl})`);
    if (!keep) await cleanUpAfter(reporter, client, error);
    return 1;
  } finally {
    await target.stop();
  }
}

function announce(reporter: Reporter, target: Target, keep: boolean): void {
  if (target.kind === "in-process mock") {
    reporter.info(`No NORTHFLANK_API_TOKEN set: running against the local mock API, started in this process at ${target.baseUrl}.`);
  } else if (target.kind === "server") {
    reporter.info(`Running against the API at ${target.baseUrl} (NORTHFLANK_API_URL).`);
  } else {
    reporter.info(`Running against the real Northflank API (${target.baseUrl}) with NORTHFLANK_API_TOKEN.`);
    reporter.info(
      keep
        ? "This creates a project with services, a job and a database on your account and keeps them (--keep); they are listed at the end."
        : "This creates a project with services, a job and a database on your account, and deletes the project and all in it at the end.",
    );
  }
  reporter.info("");
}

/** After a failed step, the project it had created (with everything in it) is deleted too, unless --keep. */
async function cleanUpAfter(reporter: Reporter, client: NorthflankStreamingClient, error: unknown): Promise<void> {
  const project = error instanceof WalkthroughStepError ? error.created.find((resource) => resource.kind === "project") : undefined;
  if (project === undefined) return;
  try {
    await deleteProject(client, project.id);
    reporter.info(`  deleted the project ${project.id} and everything in it (--keep keeps it)`);
  } catch (cleanup) {
    reporter.info(`  could not delete the project ${project.id}: ${describe(cleanup)}; delete it by hand`);
  }
}

function listCreated(reporter: Reporter, created: readonly CreatedResource[]): void {
  reporter.info("\nCreated on your Northflank account (delete the project to remove them all):");
  for (const resource of created) reporter.info(`  ${resource.kind.padEnd(20)} ${resource.id}`);
}

/** The error and its causes on one line (a cause the message already quotes is not repeated): no stack trace. */
function describe(error: unknown): string {
  let text = error instanceof Error ? error.message : String(error);
  let cause = error instanceof Error ? error.cause : undefined;
  for (let depth = 0; cause instanceof Error && depth < 4; depth += 1) {
    if (!text.includes(cause.message)) text += `: ${cause.message}`;
    cause = cause.cause;
  }
  return text;
}

process.exitCode = await main();

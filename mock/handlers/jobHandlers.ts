/** createManualJob, createCronJob, createJob, putJob, getJob, startJobRun, listJobRuns, getJobRun, abortJobRun. */
import { conflict, notFound } from "../http/mockHttpError.js";
import { deriveId } from "../state/ids.js";
import { appId, findJob, findProject } from "../state/mockStore.js";
import { paginate } from "../state/paginate.js";
import { phaseAt } from "../state/progression.js";
import type { JobRecord, JobType, Json, RunRecord } from "../state/records.js";
import { pathParam, type HandlerContext, type OperationHandler } from "./handlerContext.js";
import { gitSourceDetails, iso, pick, projectCluster, projectRegion } from "./views.js";

/** A run is RUNNING for two progression steps, then concludes. */
const SUCCEEDING = ["RUNNING", "RUNNING", "SUCCESS"] as const;
const FAILING = ["RUNNING", "RUNNING", "FAILED"] as const;
/** Northflank's default `activeDeadlineSeconds` when a job does not set one. */
const DEFAULT_DEADLINE_SECONDS = 600;

/**
 * Stores a job of the given kind, its body in the flat shape of the kind's own create form
 * (every other handler reads that one shape), and answers the body as sent with what
 * creating it adds. `replace` lets a PUT take over an existing job of the same name.
 */
function storeJob(context: HandlerContext, jobType: JobType, flatBody: Json, replace: boolean): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const id = deriveId(String(context.body.name));
  const existing = project.jobs.get(id);
  if (existing !== undefined && !replace) throw conflict("job", id);
  const job: JobRecord = { id, jobType, body: flatBody, createdAt: existing?.createdAt ?? context.now, runs: existing?.runs ?? [] };
  project.jobs.set(id, job);
  const created = { jobType, id, appId: appId(context.owner, project.id, id), status: {}, cluster: projectCluster(project) };
  return { data: { ...context.body, ...created, createdAt: iso(job.createdAt), updatedAt: iso(context.now) } };
}

function createJob(jobType: JobType): OperationHandler {
  return (context) => storeJob(context, jobType, context.body, false);
}

/**
 * createJob and putJob: the form for both kinds, whose run settings sit under `settings`
 * (`settings.cron` making it a cron job), flattened into the kind's own shape.
 */
function createJobOfEitherKind(replace: boolean): OperationHandler {
  return (context) => {
    const { settings, ...rest } = context.body;
    const { cron, ...runSettings } = (settings ?? {}) as Json;
    const jobType: JobType = cron === undefined ? "manual" : "cron";
    return storeJob(context, jobType, { ...rest, ...runSettings, ...(cron as Json | undefined) }, replace);
  };
}

function getJob(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const job = findJob(project, pathParam(context, "jobId"));
  const body = job.body;
  const billing = (body.billing ?? {}) as Json;
  const deployment = (body.deployment ?? {}) as Json;
  const data: Json = {
    id: job.id,
    appId: appId(context.owner, project.id, job.id),
    ...pick(body, ["name", "description", "buildConfiguration"]),
    tags: body.tags ?? [],
    projectId: project.id,
    jobType: job.jobType,
    createdAt: iso(job.createdAt),
    disabledCI: body.disabledCI ?? false,
    disabledCD: false,
    deployment: { region: projectRegion(project) },
    billing: { deploymentPlan: billing.deploymentPlan ?? "nf-compute-20" },
    settings: jobSettings(job),
    cluster: projectCluster(project),
  };
  const vcs = gitSourceDetails(deployment.vcs as Json | undefined, body.buildSettings as Json | undefined);
  if (vcs !== null) data.vcsData = vcs;
  if (job.jobType === "cron") data.suspended = body.suspended ?? false;
  return { data };
}

/** `JobSettings`: retries, deadline and, for cron jobs, the schedule (policy capitalised, as Northflank reads it back). */
function jobSettings(job: JobRecord): Json {
  const body = job.body;
  const settings: Json = {
    backoffLimit: body.backoffLimit,
    activeDeadlineSeconds: typeof body.activeDeadlineSeconds === "number" ? body.activeDeadlineSeconds : DEFAULT_DEADLINE_SECONDS,
  };
  if (job.jobType === "cron") {
    const cron: Json = {};
    if (typeof body.schedule === "string") cron.schedule = body.schedule;
    if (typeof body.concurrencyPolicy === "string") cron.concurrencyPolicy = capitalise(body.concurrencyPolicy);
    settings.cron = cron;
  }
  return settings;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function startJobRun(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const job = findJob(project, pathParam(context, "jobId"));
  const run: RunRecord = {
    id: context.store.ids.uuid(),
    runName: `${job.id}-${context.store.ids.hex(24)}`,
    startedAt: context.now,
    backoffLimit: typeof job.body.backoffLimit === "number" ? job.body.backoffLimit : 0,
    fails: context.store.takeRunFailure(),
  };
  job.runs.push(run);
  return { data: { id: run.id, runName: run.runName } };
}

/** Where a run stands at `now`: an aborted run failed when it was aborted (the API's statuses have no other end). */
export function runPhase(run: RunRecord, now: number, stepMs: number): { status: string; final: boolean; since: number } {
  const statuses = run.fails ? FAILING : SUCCEEDING;
  const abortedAt = run.abortedAt;
  if (abortedAt !== undefined && abortedAt <= now && !phaseAt(statuses, run.startedAt, abortedAt, stepMs).final) {
    return { status: "FAILED", final: true, since: abortedAt };
  }
  return phaseAt(statuses, run.startedAt, now, stepMs);
}

/** The `JobRun` schema at `now`. */
function runView(run: RunRecord, now: number, stepMs: number): Json {
  const phase = runPhase(run, now, stepMs);
  const succeeded = phase.status === "SUCCESS";
  return {
    id: run.id,
    active: phase.final ? 0 : 1,
    backoffLimit: run.backoffLimit,
    completions: phase.final ? 1 : 0,
    concluded: phase.final,
    failed: phase.status === "FAILED" ? 1 : 0,
    runName: run.runName,
    status: phase.status,
    succeeded: succeeded ? 1 : 0,
    startedAt: iso(run.startedAt),
    // The spec makes concludedAt a required string; a run still in progress has no
    // conclusion time, so it is empty until then.
    concludedAt: phase.final ? iso(phase.since) : "",
  };
}

function listJobRuns(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const job = findJob(project, pathParam(context, "jobId"));
  const { items, pagination } = paginate([...job.runs].reverse(), context.query);
  return { data: { runs: items.map((run) => runView(run, context.now, context.timing.stepMs)) }, pagination };
}

function getJobRun(context: HandlerContext): unknown {
  return { data: runView(findRun(context), context.now, context.timing.stepMs) };
}

/** Stops a run that has not concluded; aborting a concluded run changes nothing. */
function abortJobRun(context: HandlerContext): unknown {
  const run = findRun(context);
  if (!runPhase(run, context.now, context.timing.stepMs).final) run.abortedAt = context.now;
  return { data: {} };
}

function findRun(context: HandlerContext): RunRecord {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const job = findJob(project, pathParam(context, "jobId"));
  const runId = pathParam(context, "runId");
  const run = job.runs.find((candidate) => candidate.id === runId);
  if (run === undefined) throw notFound("job run", runId);
  return run;
}

export const jobHandlers: Record<string, OperationHandler> = {
  createManualJob: createJob("manual"),
  createCronJob: createJob("cron"),
  createJob: createJobOfEitherKind(false),
  putJob: createJobOfEitherKind(true),
  getJob,
  startJobRun,
  listJobRuns,
  getJobRun,
  abortJobRun,
};

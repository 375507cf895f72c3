/**
 * The log lines the mock produces, worked out when they are read from the same records
 * and times that drive statuses: a build logs its start, its build step and its end; a
 * service's container logs its start once its rollout begins; a job run logs its start
 * and end; an addon logs its provisioning. Only lines whose time has come are returned;
 * targets the mock keeps no records of (a backup's own logs, an OpenTofu job) have none.
 */
import type { LogLine, LogSource } from "../generic/logLines.js";
import { findAddon, findJob, findProject, findService } from "../state/mockStore.js";
import type { AddonRecord, BuildRecord, JobRecord, ServiceRecord } from "../state/records.js";
import { buildPhase } from "./buildViews.js";
import { pathParam, type HandlerContext } from "./handlerContext.js";
import { runPhase } from "./jobHandlers.js";
import { deploymentStart } from "./serviceViews.js";

export const logSource: LogSource = (context, { stream, target }) => {
  // Account-level targets (an OpenTofu job) are nothing the mock keeps records of: no lines.
  if (!target.startsWith("/v1/projects/{projectId}/")) return [];
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const lines = (): LogLine[] => {
    if (target.endsWith("/services/{serviceId}")) {
      const service = findService(project, pathParam(context, "serviceId"));
      return stream === "build-logs" ? service.builds.flatMap((build) => buildLines(service.id, build, context)) : serviceLines(service, context);
    }
    if (target.endsWith("/jobs/{jobId}")) return stream === "build-logs" ? [] : jobRunLines(findJob(project, pathParam(context, "jobId")), context);
    if (target.endsWith("/addons/{addonId}")) {
      const addon = findAddon(project, pathParam(context, "addonId"));
      return addonLines(addon, context);
    }
    return [];
  };
  return lines().filter((line) => line.ts <= context.now);
};

function buildLines(serviceId: string, build: BuildRecord, context: HandlerContext): LogLine[] {
  const step = context.timing.stepMs;
  const end = buildPhase(build, Number.MAX_SAFE_INTEGER, step);
  const at = buildPhase(build, context.now, step);
  const line = (ts: number, log: string): LogLine => ({ ts, log, containerId: `${serviceId}-build-${build.id}`, buildId: build.id });
  const lines = [
    line(build.createdAt, `Build ${build.id} queued: ${build.branch ?? "bundle"} at ${build.sha.slice(0, 7)}`),
    line(build.createdAt + step, "Cloning the repository and building the image"),
  ];
  if (at.status === "ABORTED") return [...lines, line(at.since, "Build aborted")];
  const concludedAt = end.since;
  if (end.status === "FAILURE") lines.push(line(concludedAt, "error: the build step exited with code 1"));
  else lines.push(line(concludedAt, "Image built and pushed to the registry"));
  return lines;
}

function serviceLines(service: ServiceRecord, context: HandlerContext): LogLine[] {
  const startedAt = deploymentStart(service, context.now, context.timing.stepMs);
  if (startedAt === null) return [];
  const containerId = `${service.id}-0`;
  return [
    { ts: startedAt, log: "Container started", containerId, containerName: containerId },
    { ts: startedAt + context.timing.stepMs, log: "Ready to receive traffic", containerId, containerName: containerId },
  ];
}

function jobRunLines(job: JobRecord, context: HandlerContext): LogLine[] {
  return job.runs.flatMap((run) => {
    const end = runPhase(run, Number.MAX_SAFE_INTEGER, context.timing.stepMs);
    const containerId = run.runName;
    const outcome = end.status === "SUCCESS" ? "Run completed" : "Run failed: the container exited with code 1";
    return [
      { ts: run.startedAt, log: `Run ${run.runName} started`, containerId, containerName: containerId, runId: run.id },
      { ts: end.since, log: outcome, containerId, containerName: containerId, runId: run.id },
    ];
  });
}

function addonLines(addon: AddonRecord, context: HandlerContext): LogLine[] {
  const containerId = `${addon.id}-0`;
  const line = (ts: number, log: string): LogLine => ({ ts, log, containerId, containerName: containerId });
  return [
    line(addon.createdAt, "Provisioning the addon"),
    line(addon.createdAt + 2 * context.timing.stepMs, "Ready to accept connections"),
    ...(addon.restores ?? []).map((restore) => line(restore.at, `Restoring from backup ${restore.backupId}`)),
  ];
}

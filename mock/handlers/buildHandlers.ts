/** startServiceBuild, listServiceBuilds, getServiceBuild, abortServiceBuild. */
import { badRequest, notFound } from "../http/mockHttpError.js";
import { findProject, findService } from "../state/mockStore.js";
import { paginate } from "../state/paginate.js";
import type { BuildRecord, Json, ProjectRecord, ServiceRecord } from "../state/records.js";
import { buildPhase, buildView, startedBuildView } from "./buildViews.js";
import { pathParam, type HandlerContext, type OperationHandler } from "./handlerContext.js";
import { registryUri } from "./serviceViews.js";

function startServiceBuild(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const service = findService(project, pathParam(context, "serviceId"));
  checkBuildable(service, context.body);
  const build: BuildRecord = {
    id: context.store.ids.buildId(),
    branch: buildBranch(service, context.body),
    pullRequestId: typeof context.body.pullRequestId === "number" ? context.body.pullRequestId : null,
    sha: typeof context.body.sha === "string" ? context.body.sha : context.store.ids.hex(40),
    createdAt: context.now,
    fails: context.store.takeBuildFailure(),
  };
  service.builds.push(build);
  return { data: startedBuildView(build, buildPhase(build, context.now, context.timing.stepMs)) };
}

/** The rules the reference states in prose, which a JSON schema of the body cannot see (they depend on the service). */
function checkBuildable(service: ServiceRecord, body: Json): void {
  if (service.serviceType === "deployment") {
    throw badRequest(`Service "${service.id}" is a deployment service: it deploys images and has no builds`, "service-not-buildable");
  }
  if (body.bundleUrl !== undefined) return;
  const branchOrPr = body.branch !== undefined || body.pullRequestId !== undefined;
  if (service.serviceType === "build" && !branchOrPr) {
    throw badRequest("body/branch or body/pullRequestId is required to build a build service", "validation-error");
  }
  if (service.serviceType === "combined" && branchOrPr) {
    throw badRequest("body/branch and body/pullRequestId are only supported by build services; a combined service builds its own branch", "validation-error");
  }
}

function buildBranch(service: ServiceRecord, body: Json): string | null {
  if (typeof body.branch === "string") return body.branch;
  const vcs = service.body.vcsData as Json | undefined;
  return typeof vcs?.projectBranch === "string" ? vcs.projectBranch : null;
}

function listServiceBuilds(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const service = findService(project, pathParam(context, "serviceId"));
  const newestFirst = [...service.builds].reverse();
  const { items, pagination } = paginate(newestFirst, context.query);
  const builds = items.map((build) => buildView(build, registryUri(project, service, build), context.now, context.timing.stepMs));
  return { data: { builds }, pagination };
}

function getServiceBuild(context: HandlerContext): unknown {
  const { project, service, build } = findBuild(context);
  return { data: buildView(build, registryUri(project, service, build), context.now, context.timing.stepMs) };
}

/** Stops a build that has not concluded; aborting a concluded build changes nothing. */
function abortServiceBuild(context: HandlerContext): unknown {
  const { build } = findBuild(context);
  if (!buildPhase(build, context.now, context.timing.stepMs).concluded) build.abortedAt = context.now;
  return { data: {} };
}

function findBuild(context: HandlerContext): { project: ProjectRecord; service: ServiceRecord; build: BuildRecord } {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const service = findService(project, pathParam(context, "serviceId"));
  const buildId = pathParam(context, "buildId");
  const build = service.builds.find((candidate) => candidate.id === buildId);
  if (build === undefined) throw notFound("build", buildId);
  return { project, service, build };
}

export const buildHandlers: Record<string, OperationHandler> = { startServiceBuild, listServiceBuilds, getServiceBuild, abortServiceBuild };

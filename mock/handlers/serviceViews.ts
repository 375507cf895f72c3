/**
 * How a service reads: its current status (latest build, current deployment) and the
 * details getService returns, derived from the stored request body.
 */
import type { OwnerState } from "../state/mockStore.js";
import { phaseAt } from "../state/progression.js";
import type { BuildRecord, Json, ProjectRecord, ServiceRecord } from "../state/records.js";
import { buildPhase } from "./buildViews.js";
import { dockerfileLocation, gitSourceDetails, iso, projectRegion } from "./views.js";

const DEPLOYMENT_STATUSES = ["PENDING", "IN_PROGRESS", "COMPLETED"] as const;
const PORT_ID = /^[a-z]-?[a-z0-9]+(-[a-z0-9]+)*$/;

export function latestBuild(service: ServiceRecord): BuildRecord | null {
  return service.builds[service.builds.length - 1] ?? null;
}

/** The newest build that has concluded successfully by `now`. */
export function latestSuccessfulBuild(service: ServiceRecord, now: number, stepMs: number): BuildRecord | null {
  for (let index = service.builds.length - 1; index >= 0; index -= 1) {
    const build = service.builds[index]!;
    if (buildPhase(build, now, stepMs).status === "SUCCESS") return build;
  }
  return null;
}

/** `ServiceStatus`: `build` for services that build, `deployment` for services that deploy. */
export function serviceStatus(service: ServiceRecord, now: number, stepMs: number): Record<string, unknown> {
  const status: Record<string, unknown> = {};
  const build = latestBuild(service);
  if (service.serviceType !== "deployment" && build !== null) {
    const phase = buildPhase(build, now, stepMs);
    status.build = { status: phase.status, lastTransitionTime: iso(phase.since) };
  }
  const deployedAt = deploymentStart(service, now, stepMs);
  if (service.serviceType !== "build" && deployedAt !== null) {
    const phase = phaseAt(DEPLOYMENT_STATUSES, deployedAt, now, stepMs);
    status.deployment = { status: phase.status, reason: "DEPLOYING", lastTransitionTime: iso(phase.since) };
  }
  return status;
}

/** When the current rollout began: the last deployment update, or (combined services) the last successful build. */
export function deploymentStart(service: ServiceRecord, now: number, stepMs: number): number | null {
  if (service.deployment !== null) return service.deployment.startedAt;
  if (service.serviceType !== "combined") return null;
  const build = latestSuccessfulBuild(service, now, stepMs);
  return build === null ? null : buildPhase(build, now, stepMs).since;
}

/** `ServicePortDetails` for each port of the request body. */
export function portDetails(owner: OwnerState, project: ProjectRecord, service: ServiceRecord): Record<string, unknown>[] {
  const ports = Array.isArray(service.body.ports) ? (service.body.ports as Json[]) : [];
  return ports.map((port) => {
    const name = String(port.name);
    const lower = name.toLowerCase();
    const isPublic = port.public === true;
    const details: Record<string, unknown> = {
      id: PORT_ID.test(lower) ? lower : `${lower}-port`,
      name,
      internalPort: port.internalPort,
      protocol: port.protocol,
      public: isPublic,
      domains: [],
    };
    if (isPublic) details.dns = `${lower}--${service.id}--${project.id}--${owner.name}.code.run`;
    return details;
  });
}

/** `ServiceDetailsVcsData`. */
export function vcsDetails(service: ServiceRecord): Record<string, unknown> | null {
  return gitSourceDetails(service.body.vcsData as Json | undefined, service.body.buildSettings as Json | undefined);
}

/** `ServiceDetailsBundleData`. */
export function bundleDetails(service: ServiceRecord): Record<string, unknown> | null {
  const bundle = service.body.bundleData as Json | undefined;
  if (bundle === undefined) return null;
  return { bundleUrl: bundle.bundleUrl, projectBranch: bundle.branch, ...dockerfileLocation(service.body.buildSettings as Json | undefined) };
}

/** `ServiceDetailsDeployment`: region, instances and what is deployed (an external image or a Northflank build). */
export function deploymentDetails(project: ProjectRecord, service: ServiceRecord, now: number, stepMs: number): Record<string, unknown> {
  const settings = (service.body.deployment ?? {}) as Json;
  const source = service.deployment?.source ?? {};
  const details: Record<string, unknown> = { region: projectRegion(project) };
  if (typeof settings.instances === "number") details.instances = settings.instances;
  for (const key of ["docker", "buildpack"] as const) {
    const runtime = source[key] ?? settings[key];
    if (runtime !== undefined) details[key] = runtime;
  }
  if (source.external !== undefined) {
    const image = source.external as Json;
    details.external = { imagePath: image.imagePath, registryProvider: "dockerhub", privateImage: image.credentials !== undefined };
    details.imageUrl = String(image.imagePath);
    return details;
  }
  const internal = source.internal ?? (service.serviceType === "combined" ? {} : undefined);
  if (internal !== undefined) Object.assign(details, internalDetails(project, service, internal as Json, now, stepMs));
  return details;
}

/** The deployed build: the one named by `buildId`, else the builder's newest successful build. */
function internalDetails(project: ProjectRecord, service: ServiceRecord, internal: Json, now: number, stepMs: number): Record<string, unknown> {
  const builder = typeof internal.id === "string" ? (project.services.get(internal.id) ?? service) : service;
  const build =
    typeof internal.buildId === "string"
      ? (builder.builds.find((b) => b.id === internal.buildId) ?? null)
      : latestSuccessfulBuild(builder, now, stepMs);
  const vcs = (builder.body.vcsData ?? {}) as Json;
  const branch = internal.branch ?? build?.branch ?? vcs.projectBranch ?? "";
  const details: Record<string, unknown> = {
    nfObjectId: builder.id,
    nfObjectType: "service",
    repository: String(vcs.projectUrl ?? ""),
    branch: String(branch),
    buildSHA: String(internal.buildSHA ?? build?.sha ?? "latest"),
  };
  if (build !== null) details.deployedSHA = build.sha;
  return { internal: details, ...(build !== null ? { imageUrl: registryUri(project, builder, build) } : {}) };
}

/** Where a successful build's image can be pulled from. */
export function registryUri(project: ProjectRecord, service: ServiceRecord, build: BuildRecord): string {
  return `registry.northflank.com/${project.id}/${service.id}:${build.sha}`;
}

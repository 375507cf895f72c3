/** updateServiceDeployment: store what the service should run and start rolling it out. */
import { badRequest, notFound } from "../http/mockHttpError.js";
import { findProject, findService } from "../state/mockStore.js";
import type { Json, ProjectRecord, ServiceRecord } from "../state/records.js";
import { pathParam, type HandlerContext, type OperationHandler } from "./handlerContext.js";

function updateServiceDeployment(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const service = findService(project, pathParam(context, "serviceId"));
  if (service.serviceType === "build") {
    throw badRequest(`Service "${service.id}" is a build service: it builds images and has no deployment`, "service-not-deployable");
  }
  const internal = context.body.internal as Json | undefined;
  if (internal !== undefined) checkInternalSource(project, service, internal);
  service.deployment = { source: nextSource(service, context.body), startedAt: context.now };
  service.updatedAt = context.now;
  return { data: {} };
}

/** A new image or build replaces the old source; a runtime-only update keeps it. */
function nextSource(service: ServiceRecord, body: Json): Json {
  if (body.internal !== undefined || body.external !== undefined) return body;
  const previous = service.deployment?.source ?? {};
  return { ...previous, ...body };
}

/** The build service and build the body names must exist in this project. */
function checkInternalSource(project: ProjectRecord, service: ServiceRecord, internal: Json): void {
  const builder = typeof internal.id === "string" ? project.services.get(internal.id) : service;
  if (builder === undefined) throw notFound("service", String(internal.id));
  if (builder.serviceType === "deployment") {
    throw badRequest(`body/internal/id names "${builder.id}", a deployment service; name a build or combined service`, "validation-error");
  }
  if (typeof internal.buildId === "string" && !builder.builds.some((build) => build.id === internal.buildId)) {
    throw notFound("build", internal.buildId);
  }
}

export const deploymentHandlers: Record<string, OperationHandler> = { updateServiceDeployment };

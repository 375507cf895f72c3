/** createBuildService, createCombinedService, createDeploymentService, getService. */
import { conflict } from "../http/mockHttpError.js";
import { deriveId } from "../state/ids.js";
import { appId, findProject, findService } from "../state/mockStore.js";
import type { ServiceRecord, ServiceType } from "../state/records.js";
import { pathParam, type HandlerContext, type OperationHandler } from "./handlerContext.js";
import { bundleDetails, deploymentDetails, portDetails, serviceStatus, vcsDetails } from "./serviceViews.js";
import { iso, pick, projectCluster } from "./views.js";

function createService(serviceType: ServiceType): OperationHandler {
  return (context) => {
    const project = findProject(context.owner, pathParam(context, "projectId"));
    const id = deriveId(String(context.body.name));
    if (project.services.has(id)) throw conflict("service", id);
    const service: ServiceRecord = {
      id,
      serviceType,
      body: context.body,
      createdAt: context.now,
      updatedAt: context.now,
      builds: [],
      deployment: initialDeployment(serviceType, context),
    };
    project.services.set(id, service);
    return {
      data: {
        ...context.body,
        id,
        appId: appId(context.owner, project.id, id),
        serviceType,
        cluster: projectCluster(project),
        createdAt: iso(service.createdAt),
        updatedAt: iso(service.updatedAt),
        status: serviceStatus(service, context.now, context.timing.stepMs),
      },
    };
  };
}

/** A deployment service created with an image or a build starts rolling it out at once. */
function initialDeployment(serviceType: ServiceType, context: HandlerContext): ServiceRecord["deployment"] {
  if (serviceType !== "deployment") return null;
  const deployment = (context.body.deployment ?? {}) as Record<string, unknown>;
  if (deployment.internal === undefined && deployment.external === undefined) return null;
  return { source: pick(deployment, ["internal", "external", "docker", "buildpack"]), startedAt: context.now };
}

function getService(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const service = findService(project, pathParam(context, "serviceId"));
  const { now } = context;
  const { stepMs } = context.timing;
  const body = service.body;
  const billing = (body.billing ?? {}) as Record<string, unknown>;
  const data: Record<string, unknown> = {
    id: service.id,
    appId: appId(context.owner, project.id, service.id),
    ...pick(body, ["name", "description", "loadBalancing", "buildConfiguration", "autoscaling"]),
    tags: body.tags ?? [],
    projectId: project.id,
    serviceType: service.serviceType,
    createdAt: iso(service.createdAt),
    disabledCI: body.disabledCI ?? false,
    disabledCD: false,
    billing: { deploymentPlan: billing.deploymentPlan ?? billing.buildPlan ?? "nf-compute-20" },
    status: serviceStatus(service, now, stepMs),
    servicePaused: false,
    ports: portDetails(context.owner, project, service),
    cluster: projectCluster(project),
  };
  const vcs = vcsDetails(service);
  const bundle = bundleDetails(service);
  if (vcs !== null) data.vcsData = vcs;
  if (bundle !== null) data.bundleData = bundle;
  if (service.serviceType !== "build") data.deployment = deploymentDetails(project, service, now, stepMs);
  if (service.serviceType !== "deployment") data.buildSource = body.buildSource ?? (bundle !== null ? "bundle" : "git");
  return { data };
}

export const serviceHandlers: Record<string, OperationHandler> = {
  createBuildService: createService("build"),
  createCombinedService: createService("combined"),
  createDeploymentService: createService("deployment"),
  getService,
};

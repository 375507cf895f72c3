/** createProject, listProjects, getProject, deleteProject. */
import { conflict, MockHttpError } from "../http/mockHttpError.js";
import { deriveId } from "../state/ids.js";
import { appId, findProject } from "../state/mockStore.js";
import { paginate } from "../state/paginate.js";
import { emptyShelf, type ProjectRecord } from "../state/records.js";
import { pathParam, type HandlerContext, type OperationHandler } from "./handlerContext.js";
import { iso, pick, projectCluster, projectRegion } from "./views.js";

function createProject(context: HandlerContext): unknown {
  const id = deriveId(String(context.body.name));
  if (context.owner.projects.has(id)) throw conflict("project", id);
  const project: ProjectRecord = { id, body: context.body, createdAt: context.now, services: new Map(), jobs: new Map(), addons: new Map(), resources: emptyShelf() };
  context.owner.projects.set(id, project);
  const created = iso(project.createdAt);
  return { data: { ...context.body, id, createdAt: created, updatedAt: created } };
}

function listProjects(context: HandlerContext): unknown {
  const { items, pagination } = paginate([...context.owner.projects.values()], context.query);
  return { data: { projects: items.map((project) => ({ id: project.id, ...pick(project.body, ["name", "description"]) })) }, pagination };
}

function getProject(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const link = (id: string) => appId(context.owner, project.id, id);
  return {
    data: {
      id: project.id,
      ...pick(project.body, ["name", "description"]),
      deployment: { region: projectRegion(project) },
      createdAt: iso(project.createdAt),
      services: [...project.services.values()].map((s) => ({ id: s.id, appId: link(s.id), ...pick(s.body, ["name", "description"]), serviceType: s.serviceType })),
      jobs: [...project.jobs.values()].map((j) => ({ id: j.id, appId: link(j.id), ...pick(j.body, ["name", "description"]), jobType: j.jobType })),
      addons: [...project.addons.values()].map((a) => ({ id: a.id, appId: link(a.id), ...pick(a.body, ["name", "description"]), spec: { type: a.body.type } })),
      cluster: projectCluster(project),
    },
  };
}

/** As on Northflank: a project that still holds anything is refused unless its children go with it. */
function deleteProject(context: HandlerContext): unknown {
  const project = findProject(context.owner, pathParam(context, "projectId"));
  const children = project.services.size + project.jobs.size + project.addons.size;
  if (children > 0 && context.query.delete_child_objects !== true) {
    throw new MockHttpError(
      409,
      `The project "${project.id}" still holds ${children} service(s), job(s) or addon(s); delete them first or pass delete_child_objects=true`,
      "project-not-empty",
    );
  }
  context.owner.projects.delete(project.id);
  return { data: {} };
}

export const projectHandlers: Record<string, OperationHandler> = { createProject, listProjects, getProject, deleteProject };

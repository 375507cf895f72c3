/**
 * The hand-written resources, as the generic layer sees them: which collection paths hold
 * each kind, the item path whose GET renders one, and where its records are kept. Through
 * these the generic list, put, patch, delete and actions work on projects, services, jobs
 * and addons as on any other resource, while their own handlers keep the time-driven parts.
 */
import type { ResourceFamily } from "../generic/genericHandlers.js";
import { findProject } from "../state/mockStore.js";
import { pathParam, type HandlerContext } from "./handlerContext.js";

const P = "/v1/projects/{projectId}";

const project = (context: HandlerContext) => findProject(context.owner, pathParam(context, "projectId"));

export const resourceFamilies: readonly ResourceFamily[] = [
  { collections: ["/v1/projects"], itemPath: P, records: (context) => context.owner.projects },
  {
    collections: [`${P}/services`, `${P}/services/build`, `${P}/services/combined`, `${P}/services/deployment`],
    itemPath: `${P}/services/{serviceId}`,
    records: (context) => project(context).services,
  },
  { collections: [`${P}/jobs`, `${P}/jobs/manual`, `${P}/jobs/cron`], itemPath: `${P}/jobs/{jobId}`, records: (context) => project(context).jobs },
  { collections: [`${P}/addons`], itemPath: `${P}/addons/{addonId}`, records: (context) => project(context).addons },
];

/**
 * The hand-written resources, as the generic layer sees them: which collection paths hold
 * each kind, the item path whose GET renders one, and where its records are kept. Through
 * these the generic list, put, patch, delete and actions work on projects, services, jobs
 * and addons as on any other resource, while their own handlers keep the time-driven parts.
 */
import type { ResourceFamily } from "../generic/genericHandlers.js";
import { findAddon, findProject } from "../state/mockStore.js";
import type { JobRecord, ServiceRecord } from "../state/records.js";
import { pathParam, type HandlerContext } from "./handlerContext.js";

const P = "/v1/projects/{projectId}";

const project = (context: HandlerContext) => findProject(context.owner, pathParam(context, "projectId"));

/** Collections whose items a body field names, other than `name` or the item's parameter. */
export const itemIdFields: Readonly<Record<string, string>> = {
  "/v1/domains/{domain}/subdomains/{subdomain}/paths": "uri",
};

export const resourceFamilies: readonly ResourceFamily[] = [
  { collections: ["/v1/projects"], itemPath: P, records: (context) => context.owner.projects },
  {
    collections: [`${P}/services`, `${P}/services/build`, `${P}/services/combined`, `${P}/services/deployment`],
    itemPath: `${P}/services/{serviceId}`,
    records: (context) => project(context).services,
    kinds: {
      byCollection: { [`${P}/services/build`]: "build service", [`${P}/services/combined`]: "combined service", [`${P}/services/deployment`]: "deployment service" },
      of: (record) => `${(record as ServiceRecord).serviceType} service`,
    },
  },
  {
    collections: [`${P}/jobs`, `${P}/jobs/manual`, `${P}/jobs/cron`],
    itemPath: `${P}/jobs/{jobId}`,
    records: (context) => project(context).jobs,
    kinds: { byCollection: { [`${P}/jobs/manual`]: "manual job", [`${P}/jobs/cron`]: "cron job" }, of: (record) => `${(record as JobRecord).jobType} job` },
  },
  { collections: [`${P}/addons`], itemPath: `${P}/addons/{addonId}`, records: (context) => project(context).addons },
  {
    collections: [`${P}/addons/{addonId}/backups`],
    itemPath: `${P}/addons/{addonId}/backups/{backupId}`,
    records: (context) => findAddon(project(context), pathParam(context, "addonId")).backups,
  },
];

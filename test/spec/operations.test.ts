/**
 * The bundled spec describes exactly these operations, with these operationIds (the
 * generated function names), methods and paths: the 23 of the getting-started guide
 * (issue 2), then those added from the CI/CD surface (issue 10), whose operationIds
 * are the official client's call names camel-cased (`delete.project` -> deleteProject).
 */
import { describe, expect, it } from "vitest";
import { loadBundledSpec, operationsOf } from "./bundledSpec.js";

const P = "/v1/projects/{projectId}";
const EXPECTED = [
  ["createProject", "post", "/v1/projects"],
  ["listProjects", "get", "/v1/projects"],
  ["getProject", "get", P],
  ["createBuildService", "post", `${P}/services/build`],
  ["createCombinedService", "post", `${P}/services/combined`],
  ["createDeploymentService", "post", `${P}/services/deployment`],
  ["getService", "get", `${P}/services/{serviceId}`],
  ["startServiceBuild", "post", `${P}/services/{serviceId}/build`],
  ["listServiceBuilds", "get", `${P}/services/{serviceId}/build`],
  ["getServiceBuild", "get", `${P}/services/{serviceId}/build/{buildId}`],
  ["updateServiceDeployment", "post", `${P}/services/{serviceId}/deployment`],
  ["createManualJob", "post", `${P}/jobs/manual`],
  ["createCronJob", "post", `${P}/jobs/cron`],
  ["getJob", "get", `${P}/jobs/{jobId}`],
  ["startJobRun", "post", `${P}/jobs/{jobId}/runs`],
  ["listJobRuns", "get", `${P}/jobs/{jobId}/runs`],
  ["getJobRun", "get", `${P}/jobs/{jobId}/runs/{runId}`],
  ["listAddonTypes", "get", "/v1/addon-types"],
  ["createAddon", "post", `${P}/addons`],
  ["getAddon", "get", `${P}/addons/{addonId}`],
  ["backupAddon", "post", `${P}/addons/{addonId}/backups`],
  ["listAddonBackups", "get", `${P}/addons/{addonId}/backups`],
  ["getAddonBackup", "get", `${P}/addons/{addonId}/backups/{backupId}`],
] as const;

const CI_CD_SURFACE = [["deleteProject", "delete", P]] as const;

describe("the bundled spec's operations", () => {
  it("are exactly the 23 of issue 2 and those added since, at their methods and paths", async () => {
    const document = await loadBundledSpec();
    const actual = operationsOf(document).map((op) => `${op.operationId} ${op.method.toUpperCase()} ${op.path}`);
    const expected = [...EXPECTED, ...CI_CD_SURFACE].map(([id, method, path]) => `${id} ${method.toUpperCase()} ${path}`);
    expect(actual.sort()).toEqual(expected.slice().sort());
    expect(EXPECTED).toHaveLength(23);
  });
});

/**
 * The bundled spec describes exactly the 23 operations of issue 2, with these
 * operationIds (the generated function names), methods and paths.
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

describe("the bundled spec's operations", () => {
  it("are exactly the 23 of issue 2, at their methods and paths", async () => {
    const document = await loadBundledSpec();
    const actual = operationsOf(document).map((op) => `${op.operationId} ${op.method.toUpperCase()} ${op.path}`);
    const expected = EXPECTED.map(([id, method, path]) => `${id} ${method.toUpperCase()} ${path}`);
    expect(actual.sort()).toEqual(expected.slice().sort());
    expect(expected).toHaveLength(23);
  });
});

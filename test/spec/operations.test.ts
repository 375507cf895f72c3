/**
 * The bundled spec describes exactly these operations, with these operationIds (the
 * generated function names), methods and paths: the 23 of the getting-started guide
 * (issue 2), then the 80 of the CI/CD surface (issue 10), whose operationIds are the
 * official client's call names camel-cased (`delete.project` -> deleteProject).
 */
import { readFileSync } from "node:fs";
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

/** The 80 operations with a `ciTier` in the inventory (issue 10), by tier. */
const CI_CD_SURFACE = [
  ["getJobBuilds", "get", `${P}/jobs/{jobId}/build`], // tier 1
  ["startJobBuild", "post", `${P}/jobs/{jobId}/build`], // tier 1
  ["abortJobBuild", "delete", `${P}/jobs/{jobId}/build/{buildId}`], // tier 1
  ["getJobBuild", "get", `${P}/jobs/{jobId}/build/{buildId}`], // tier 1
  ["getJobContainers", "get", `${P}/jobs/{jobId}/containers`], // tier 1
  ["getJobDeployment", "get", `${P}/jobs/{jobId}/deployment`], // tier 1
  ["updateJobDeployment", "post", `${P}/jobs/{jobId}/deployment`], // tier 1
  ["abortJobRun", "delete", `${P}/jobs/{jobId}/runs/{runId}`], // tier 1
  ["abortServiceBuild", "delete", `${P}/services/{serviceId}/build/{buildId}`], // tier 1
  ["getServiceContainers", "get", `${P}/services/{serviceId}/containers`], // tier 1
  ["getServiceDeployment", "get", `${P}/services/{serviceId}/deployment`], // tier 1
  ["pauseService", "post", `${P}/services/{serviceId}/pause`], // tier 1
  ["restartService", "post", `${P}/services/{serviceId}/restart`], // tier 1
  ["resumeService", "post", `${P}/services/{serviceId}/resume`], // tier 1
  ["scaleService", "post", `${P}/services/{serviceId}/scale`], // tier 1
  ["getAddonLogs", "get", `${P}/addons/{addonId}/logs`], // tier 2
  ["getJobBuildLogs", "get", `${P}/jobs/{jobId}/build-logs`], // tier 2
  ["getJobLogs", "get", `${P}/jobs/{jobId}/logs`], // tier 2
  ["getServiceBuildLogs", "get", `${P}/services/{serviceId}/build-logs`], // tier 2
  ["getServiceLogs", "get", `${P}/services/{serviceId}/logs`], // tier 2
  ["getAddonCredentials", "get", `${P}/addons/{addonId}/credentials`], // tier 3
  ["getJobBuildArguments", "get", `${P}/jobs/{jobId}/build-arguments`], // tier 3
  ["updateJobBuildArguments", "post", `${P}/jobs/{jobId}/build-arguments`], // tier 3
  ["getJobRuntimeEnvironment", "get", `${P}/jobs/{jobId}/runtime-environment`], // tier 3
  ["updateJobRuntimeEnvironment", "post", `${P}/jobs/{jobId}/runtime-environment`], // tier 3
  ["listSecrets", "get", `${P}/secrets`], // tier 3
  ["createSecret", "post", `${P}/secrets`], // tier 3
  ["putSecret", "put", `${P}/secrets`], // tier 3
  ["deleteSecret", "delete", `${P}/secrets/{secretId}`], // tier 3
  ["getSecret", "get", `${P}/secrets/{secretId}`], // tier 3
  ["patchSecret", "patch", `${P}/secrets/{secretId}`], // tier 3
  ["updateSecret", "post", `${P}/secrets/{secretId}`], // tier 3
  ["getSecretDetails", "get", `${P}/secrets/{secretId}/details`], // tier 3
  ["getServiceBuildArguments", "get", `${P}/services/{serviceId}/build-arguments`], // tier 3
  ["updateServiceBuildArguments", "post", `${P}/services/{serviceId}/build-arguments`], // tier 3
  ["getServiceRuntimeEnvironment", "get", `${P}/services/{serviceId}/runtime-environment`], // tier 3
  ["updateServiceRuntimeEnvironment", "post", `${P}/services/{serviceId}/runtime-environment`], // tier 3
  ["getServiceRuntimeEnvironmentDetails", "get", `${P}/services/{serviceId}/runtime-environment/details`], // tier 3
  ["putProject", "put", "/v1/projects"], // tier 4
  ["deleteProject", "delete", `${P}`], // tier 4
  ["patchProject", "patch", `${P}`], // tier 4
  ["listAddons", "get", `${P}/addons`], // tier 4
  ["putAddon", "put", `${P}/addons`], // tier 4
  ["deleteAddon", "delete", `${P}/addons/{addonId}`], // tier 4
  ["patchAddon", "patch", `${P}/addons/{addonId}`], // tier 4
  ["restoreAddonBackup", "post", `${P}/addons/{addonId}/backups/{backupId}/restore`], // tier 4
  ["restartAddon", "post", `${P}/addons/{addonId}/restart`], // tier 4
  ["listJobs", "get", `${P}/jobs`], // tier 4
  ["putJobCron", "put", `${P}/jobs/cron`], // tier 4
  ["patchJobCron", "patch", `${P}/jobs/cron/{jobId}`], // tier 4
  ["putJobManual", "put", `${P}/jobs/manual`], // tier 4
  ["patchJobManual", "patch", `${P}/jobs/manual/{jobId}`], // tier 4
  ["deleteJob", "delete", `${P}/jobs/{jobId}`], // tier 4
  ["listServices", "get", `${P}/services`], // tier 4
  ["putServiceBuild", "put", `${P}/services/build`], // tier 4
  ["patchServiceBuild", "patch", `${P}/services/build/{serviceId}`], // tier 4
  ["putServiceCombined", "put", `${P}/services/combined`], // tier 4
  ["patchServiceCombined", "patch", `${P}/services/combined/{serviceId}`], // tier 4
  ["putServiceDeployment", "put", `${P}/services/deployment`], // tier 4
  ["patchServiceDeployment", "patch", `${P}/services/deployment/{serviceId}`], // tier 4
  ["deleteService", "delete", `${P}/services/{serviceId}`], // tier 4
  ["listPipelines", "get", `${P}/pipelines`], // tier 5
  ["getPipeline", "get", `${P}/pipelines/{pipelineId}`], // tier 5
  ["listPipelineTemplatePreviews", "get", `${P}/pipelines/{pipelineId}/preview-envs/previews`], // tier 5
  ["deletePipelineTemplatePreview", "delete", `${P}/pipelines/{pipelineId}/preview-envs/previews/{previewId}`], // tier 5
  ["runPreviewTemplate", "post", `${P}/pipelines/{pipelineId}/preview-envs/runs`], // tier 5
  ["getPreviewTemplateRun", "get", `${P}/pipelines/{pipelineId}/preview-envs/runs/{templateRunId}`], // tier 5
  ["listReleaseFlowRuns", "get", `${P}/pipelines/{pipelineId}/release-flows/{stage}/runs`], // tier 5
  ["runReleaseFlow", "post", `${P}/pipelines/{pipelineId}/release-flows/{stage}/runs`], // tier 5
  ["getReleaseFlowRun", "get", `${P}/pipelines/{pipelineId}/release-flows/{stage}/runs/{runId}`], // tier 5
  ["abortReleaseFlowRun", "post", `${P}/pipelines/{pipelineId}/release-flows/{stage}/runs/{runId}/abort`], // tier 5
  ["listTemplateRuns", "get", "/v1/templates/{templateId}/runs"], // tier 5
  ["runTemplate", "post", "/v1/templates/{templateId}/runs"], // tier 5
  ["getTemplateRun", "get", "/v1/templates/{templateId}/runs/{templateRunId}"], // tier 5
  ["abortTemplateRun", "post", "/v1/templates/{templateId}/runs/{templateRunId}/abort"], // tier 5
  ["listRegistryCredentials", "get", "/v1/integrations/registries"], // tier 6
  ["getServiceHealthChecks", "get", `${P}/services/{serviceId}/health-checks`], // tier 6
  ["updateServiceHealthChecks", "post", `${P}/services/{serviceId}/health-checks`], // tier 6
  ["getServicePorts", "get", `${P}/services/{serviceId}/ports`], // tier 6
  ["updateServicePorts", "post", `${P}/services/{serviceId}/ports`], // tier 6
] as const;

const keyOf = ([id, method, path]: readonly [string, string, string]) => `${id} ${method.toUpperCase()} ${path}`;

interface DocumentedOperation {
  readonly method: string;
  readonly path: string;
  /** The official call name camel-cased; `null` for an operation only the reference pages document. */
  readonly operationId: string | null;
  /** For those, their reference page (`project/addons/get-addon-metrics.md`). */
  readonly referencePage?: string;
}

/** Every operation Northflank documents (issue 11 brings the rest of them in). */
const DOCUMENTED = (JSON.parse(readFileSync(new URL("./documented-operations.json", import.meta.url), "utf8")) as { operations: DocumentedOperation[] }).operations;

/** An operation only the reference pages document is named after its page: `get-addon-metrics.md` -> `getAddonMetrics`. */
function nameOfReferencePage(page: string | undefined): string | null {
  if (page === undefined) return null;
  const [first = "", ...rest] = page.slice(page.lastIndexOf("/") + 1).replace(/\.md$/, "").split("-");
  return first + rest.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join("");
}

describe("the bundled spec's operations", () => {
  it("hold the 23 of issue 2 and the 80 of the CI/CD surface, at their methods and paths", async () => {
    const document = await loadBundledSpec();
    const actual = new Set(operationsOf(document).map((op) => keyOf([op.operationId, op.method, op.path])));
    expect([...EXPECTED, ...CI_CD_SURFACE].map(keyOf).filter((key) => !actual.has(key))).toEqual([]);
    expect(EXPECTED).toHaveLength(23);
    expect(CI_CD_SURFACE).toHaveLength(80);
  });

  it("are each a documented operation, named after the official client's call", async () => {
    const document = await loadBundledSpec();
    const documented = new Map(DOCUMENTED.map((op) => [`${op.method} ${op.path}`, op.operationId ?? nameOfReferencePage(op.referencePage)]));
    const guide = new Map(EXPECTED.map(([id, method, path]) => [`${method} ${path}`, id]));
    const misnamed = operationsOf(document)
      .map((op) => ({ key: `${op.method} ${op.path}`, id: op.operationId }))
      .filter(({ key, id }) => (guide.get(key) ?? documented.get(key)) !== id)
      .map(({ key, id }) => `${id} ${key}`);
    expect(misnamed).toEqual([]);
    expect(DOCUMENTED).toHaveLength(351);
  });
});

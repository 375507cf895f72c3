/**
 * The hand-written behaviour of the guide's operations, on its happy path, with the spec's
 * own request examples as payloads. The harness checks each response against the spec's schema.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STEP_MS, startHarness, type Harness } from "./mockHarness.js";

let api: Harness;
const project = { projectId: "api-example-project" };

beforeAll(async () => {
  api = await startHarness();
});
afterAll(() => api.close());

describe("the mock serves every operation of the spec", () => {
  it("creates, lists and gets a project, deriving its id from its name", async () => {
    const created = await api.call("createProject", { body: api.example("createProject", "guide") });
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({ id: "api-example-project", name: "API example project", region: "europe-west" });

    const list = await api.call("listProjects");
    expect(list.body.data.projects.map((p: { id: string }) => p.id)).toEqual(["api-example-project"]);
    expect(list.body.pagination).toEqual({ hasNextPage: false, count: 1 });

    const got = await api.call("getProject", { path: project });
    expect(got.body.data).toMatchObject({ id: "api-example-project", deployment: { region: "europe-west" }, services: [], jobs: [], addons: [] });
  });

  it("creates the three kinds of service and reads one back", async () => {
    const build = await api.call("createBuildService", { path: project, body: api.example("createBuildService", "guide") });
    expect(build.body.data).toMatchObject({ id: "build-service", serviceType: "build", appId: "/mock-user/api-example-project/build-service" });

    const combined = await api.call("createCombinedService", { path: project, body: api.example("createCombinedService", "gitRepository") });
    expect(combined.body.data).toMatchObject({ id: "combined-service", serviceType: "combined" });

    const deployment = await api.call("createDeploymentService", { path: project, body: api.example("createDeploymentService", "guide") });
    expect(deployment.body.data).toMatchObject({ id: "deployment-service", serviceType: "deployment" });

    const got = await api.call("getService", { path: { ...project, serviceId: "combined-service" } });
    expect(got.body.data).toMatchObject({ id: "combined-service", projectId: "api-example-project", ports: [{ name: "p01", internalPort: 8080, public: true }] });
    const projectView = await api.call("getProject", { path: project });
    expect(projectView.body.data.services.map((s: { id: string }) => s.id)).toEqual(["build-service", "combined-service", "deployment-service"]);
  });

  it("starts a build, lists it and gets it", async () => {
    const service = { ...project, serviceId: "build-service" };
    const started = await api.call("startServiceBuild", { path: service, body: api.example("startServiceBuild", "guide") });
    expect(started.body.data).toMatchObject({ branch: "master", status: "QUEUED", concluded: false });
    const buildId: string = started.body.data.id;

    const list = await api.call("listServiceBuilds", { path: service });
    expect(list.body.data.builds.map((b: { id: string }) => b.id)).toEqual([buildId]);

    api.advance(2 * STEP_MS);
    const got = await api.call("getServiceBuild", { path: { ...service, buildId } });
    expect(got.body.data).toMatchObject({ id: buildId, status: "SUCCESS", concluded: true, success: true });
  });

  it("deploys the build, then an image, to the deployment service", async () => {
    const service = { ...project, serviceId: "deployment-service" };
    const fromBuild = await api.call("updateServiceDeployment", { path: service, body: api.example("updateServiceDeployment", "guide") });
    expect(fromBuild.body).toEqual({ data: {} });
    const afterBuild = await api.call("getService", { path: service });
    expect(afterBuild.body.data.deployment.internal).toMatchObject({ nfObjectId: "build-service", branch: "master", buildSHA: "latest" });
    expect(afterBuild.body.data.status.deployment).toMatchObject({ status: "PENDING", reason: "DEPLOYING" });

    await api.call("updateServiceDeployment", { path: service, body: api.example("updateServiceDeployment", "guideImage") });
    api.advance(2 * STEP_MS);
    const afterImage = await api.call("getService", { path: service });
    expect(afterImage.body.data.deployment).toMatchObject({ external: { imagePath: "nginx:latest" }, imageUrl: "nginx:latest" });
    expect(afterImage.body.data.deployment.internal).toBeUndefined();
    expect(afterImage.body.data.status.deployment.status).toBe("COMPLETED");
  });

  it("creates manual and cron jobs, runs one and reads the run", async () => {
    const manual = await api.call("createManualJob", { path: project, body: api.example("createManualJob", "guide") });
    expect(manual.body.data).toMatchObject({ id: "manual-job", jobType: "manual" });
    const cron = await api.call("createCronJob", { path: project, body: api.example("createCronJob", "nightly") });
    expect(cron.body.data).toMatchObject({ id: "nightly-report", jobType: "cron" });

    const job = await api.call("getJob", { path: { ...project, jobId: "nightly-report" } });
    expect(job.body.data.settings).toEqual({ backoffLimit: 1, activeDeadlineSeconds: 3600, cron: { schedule: "30 8 * * *", concurrencyPolicy: "Forbid" } });

    const jobPath = { ...project, jobId: "manual-job" };
    const run = await api.call("startJobRun", { path: jobPath, body: api.example("startJobRun", "guide") });
    expect(run.body.data.runName).toMatch(/^manual-job-[0-9a-f]{24}$/);
    const running = await api.call("getJobRun", { path: { ...jobPath, runId: run.body.data.id } });
    expect(running.body.data).toMatchObject({ status: "RUNNING", active: 1, concluded: false });

    api.advance(2 * STEP_MS);
    const runs = await api.call("listJobRuns", { path: jobPath });
    expect(runs.body.data.runs).toMatchObject([{ id: run.body.data.id, status: "SUCCESS", succeeded: 1, concluded: true }]);
  });

  it("creates a job of either kind through the one form, and replaces it with a PUT", async () => {
    const cron = await api.call("createJob", { path: project, body: api.example("createJob", "cron") });
    expect(cron.body.data).toMatchObject({ id: "example-job", jobType: "cron", settings: { cron: { schedule: "30 8 * * *" } } });
    const read = await api.call("getJob", { path: { ...project, jobId: "example-job" } });
    expect(read.body.data).toMatchObject({ jobType: "cron", settings: { backoffLimit: 0, activeDeadlineSeconds: 600, cron: { schedule: "30 8 * * *", concurrencyPolicy: "Forbid" } } });
    expect((await api.call("createJob", { path: project, body: api.example("createJob", "manual") })).status).toBe(409);

    const replaced = await api.call("putJob", { path: project, body: api.example("createJob", "manual") });
    expect(replaced.body.data).toMatchObject({ id: "example-job", jobType: "manual" });
    const after = await api.call("getJob", { path: { ...project, jobId: "example-job" } });
    expect(after.body.data).toMatchObject({ jobType: "manual", settings: { backoffLimit: 2 } });
    expect(after.body.data.settings.cron).toBeUndefined();
  });

  it("lists addon types, creates an addon that becomes running, and backs it up", async () => {
    const types = await api.call("listAddonTypes");
    expect(types.body.data.addonTypes.map((t: { type: string }) => t.type)).toContain("mongodb");

    const addon = await api.call("createAddon", { path: project, body: api.example("createAddon", "guide") });
    expect(addon.body.data).toMatchObject({ id: "database", type: "mongodb", status: "preDeployment" });
    const addonPath = { ...project, addonId: "database" };

    const backup = await api.call("backupAddon", { path: addonPath, body: api.example("backupAddon", "guide") });
    expect(backup.body.data).toMatchObject({ name: "Example backup 1715680000000", status: "scheduled" });

    api.advance(2 * STEP_MS);
    const running = await api.call("getAddon", { path: addonPath });
    expect(running.body.data).toMatchObject({ status: "running", spec: { type: "mongodb", config: { versionTag: "8.0.4" } } });

    const early = await api.call("restoreAddonBackup", { path: { ...addonPath, backupId: backup.body.data.id } });
    expect(early.status).toBe(409);

    api.advance(STEP_MS);
    const done = await api.call("getAddonBackup", { path: { ...addonPath, backupId: backup.body.data.id } });
    expect(done.body.data.status).toBe("completed");
    const restore = await api.call("restoreAddonBackup", { path: { ...addonPath, backupId: backup.body.data.id } });
    expect(restore.body.data.restoreId).toMatch(/^\d+$/);
    const list = await api.call("listAddonBackups", { path: addonPath });
    expect(list.body.data.backups).toMatchObject([{ id: backup.body.data.id, status: "completed" }]);
  });

  it("aborts a build and a run that are still going, and leaves concluded ones as they were", async () => {
    const service = { ...project, serviceId: "build-service" };
    const going = await api.call("startServiceBuild", { path: service, body: { branch: "master" } });
    expect((await api.call("abortServiceBuild", { path: { ...service, buildId: going.body.data.id } })).status).toBe(200);
    api.advance(4 * STEP_MS);
    expect((await api.call("getServiceBuild", { path: { ...service, buildId: going.body.data.id } })).body.data).toMatchObject({ status: "ABORTED", concluded: true });

    const done = (await api.call("listServiceBuilds", { path: service })).body.data.builds.find((b: { status: string }) => b.status === "SUCCESS");
    await api.call("abortServiceBuild", { path: { ...service, buildId: done.id } });
    expect((await api.call("getServiceBuild", { path: { ...service, buildId: done.id } })).body.data.status).toBe("SUCCESS");

    const job = { ...project, jobId: "manual-job" };
    const run = await api.call("startJobRun", { path: job, body: {} });
    await api.call("abortJobRun", { path: { ...job, runId: run.body.data.id } });
    api.advance(4 * STEP_MS);
    expect((await api.call("getJobRun", { path: { ...job, runId: run.body.data.id } })).body.data).toMatchObject({ status: "FAILED", concluded: true });
  });

  it("pauses, resumes and scales a service, which its reads then show", async () => {
    const service = { ...project, serviceId: "combined-service" };
    expect((await api.call("resumeService", { path: service, body: {} })).status).toBe(409);
    await api.call("pauseService", { path: service });
    expect((await api.call("getService", { path: service })).body.data.servicePaused).toBe(true);
    await api.call("resumeService", { path: service, body: { instances: 2 } });
    expect((await api.call("getService", { path: service })).body.data).toMatchObject({ servicePaused: false, deployment: { instances: 2 } });
    await api.call("scaleService", { path: service, body: { instances: 3, deploymentPlan: "nf-compute-50" } });
    expect((await api.call("getService", { path: service })).body.data).toMatchObject({ deployment: { instances: 3 }, billing: { deploymentPlan: "nf-compute-50" } });
    expect((await api.call("getServiceDeployment", { path: service })).body.data.instances).toBe(3);
  });

  it("resumes a job or an addon only once it is paused, whatever the kind", async () => {
    const job = { ...project, jobId: "manual-job" };
    expect((await api.call("resumeJob", { path: job, body: {} })).body.error).toMatchObject({ status: 409, id: "not-paused" });
    expect((await api.call("pauseJob", { path: job })).status).toBe(200);
    expect((await api.call("resumeJob", { path: job, body: {} })).status).toBe(200);
    const addon = { ...project, addonId: "database" };
    expect((await api.call("resumeAddon", { path: addon })).status).toBe(409);
    expect((await api.call("pauseAddon", { path: addon })).status).toBe(200);
    expect((await api.call("resumeAddon", { path: addon })).status).toBe(200);
  });

  it("deletes a project: refused while it holds anything, then gone with its children", async () => {
    const refused = await api.call("deleteProject", { path: project });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/still holds \d+ service\(s\), job\(s\) or addon\(s\)/);

    const other = await api.call("createProject", { body: { name: "Empty project", region: "europe-west" } });
    expect((await api.call("deleteProject", { path: { projectId: other.body.data.id } })).body).toEqual({ data: {} });

    const deleted = await api.call("deleteProject", { path: project, query: { delete_child_objects: "true" } });
    expect(deleted.status).toBe(200);
    expect((await api.call("getProject", { path: project })).status).toBe(404);
    expect((await api.call("listProjects")).body.data.projects).toEqual([]);
    expect((await api.call("deleteProject", { path: project })).status).toBe(404);
  });

  it("exercised every operation that has a hand-written handler (everyOperation.test.ts covers the rest)", () => {
    const handwritten = [...api.operations.keys()].filter((id) => !api.server.genericOperations.includes(id));
    expect(handwritten.filter((id) => !api.succeeded.has(id))).toEqual([]);
  });
});

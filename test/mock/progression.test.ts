/**
 * Long-running work moves through its statuses as the mock's clock advances (the
 * harness owns the clock, so nothing here waits on real time), and list operations
 * page with cursors.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { STEP_MS, startHarness, type Harness } from "./mockHarness.js";

let api: Harness;
const project = { projectId: "api-example-project" };
const service = { ...project, serviceId: "build-service" };

beforeAll(async () => {
  api = await startHarness();
});
beforeEach(async () => {
  await api.call("createProject", { body: api.example("createProject", "guide") });
  await api.call("createBuildService", { path: project, body: api.example("createBuildService", "guide") });
});
afterEach(() => api.server.state.reset());
afterAll(() => api.close());

async function buildStatusesOver(steps: number): Promise<Array<Record<string, unknown>>> {
  const started = await api.call("startServiceBuild", { path: service, body: { branch: "master" } });
  const seen = [];
  for (let step = 0; step <= steps; step += 1) {
    const got = await api.call("getServiceBuild", { path: { ...service, buildId: started.body.data.id } });
    const { status, concluded, success } = got.body.data;
    seen.push({ status, concluded, success });
    api.advance(STEP_MS);
  }
  return seen;
}

describe("builds", () => {
  it("go QUEUED, BUILDING, then SUCCESS", async () => {
    expect(await buildStatusesOver(3)).toEqual([
      { status: "QUEUED", concluded: false, success: undefined },
      { status: "BUILDING", concluded: false, success: undefined },
      { status: "SUCCESS", concluded: true, success: true },
      { status: "SUCCESS", concluded: true, success: true },
    ]);
  });

  it("end in FAILURE when a test asks for it, and only the next one does", async () => {
    api.server.state.failNextBuild();
    expect(await buildStatusesOver(2)).toEqual([
      { status: "QUEUED", concluded: false, success: undefined },
      { status: "BUILDING", concluded: false, success: undefined },
      { status: "FAILURE", concluded: true, success: false },
    ]);
    expect((await buildStatusesOver(2)).at(-1)).toEqual({ status: "SUCCESS", concluded: true, success: true });
  });

  it("show in the service's status", async () => {
    await api.call("startServiceBuild", { path: service, body: { branch: "master" } });
    const before = await api.call("getService", { path: service });
    expect(before.body.data.status.build.status).toBe("QUEUED");
    api.advance(2 * STEP_MS);
    const after = await api.call("getService", { path: service });
    expect(after.body.data.status.build.status).toBe("SUCCESS");
  });
});

describe("job runs", () => {
  it("run, then end FAILED when a test asks for it", async () => {
    await api.call("createManualJob", { path: project, body: api.example("createManualJob", "guide") });
    const job = { ...project, jobId: "manual-job" };
    api.server.state.failNextJobRun();
    const run = await api.call("startJobRun", { path: job, body: {} });
    const path = { ...job, runId: run.body.data.id };
    expect((await api.call("getJobRun", { path })).body.data.status).toBe("RUNNING");
    api.advance(2 * STEP_MS);
    expect((await api.call("getJobRun", { path })).body.data).toMatchObject({ status: "FAILED", failed: 1, succeeded: 0, concluded: true });
  });
});

describe("addons and backups", () => {
  it("an addon deploys, then runs; a backup waits for it, then completes", async () => {
    await api.call("createAddon", { path: project, body: api.example("createAddon", "guide") });
    const addon = { ...project, addonId: "database" };
    const backup = await api.call("backupAddon", { path: addon, body: {} });
    const backupPath = { ...addon, backupId: backup.body.data.id };
    const seen: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      const [a, b] = await Promise.all([api.call("getAddon", { path: addon }), api.call("getAddonBackup", { path: backupPath })]);
      seen.push(`${a.body.data.status}/${b.body.data.status}`);
      api.advance(STEP_MS);
    }
    expect(seen).toEqual(["preDeployment/scheduled", "allocating/scheduled", "running/in-progress", "running/completed"]);
  });
});

describe("pagination", () => {
  it("walks several pages by cursor, newest build first", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      ids.unshift((await api.call("startServiceBuild", { path: service, body: { branch: "master" } })).body.data.id);
    }
    const pages: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = await api.call("listServiceBuilds", { path: service, query: cursor === undefined ? { per_page: 2 } : { per_page: 2, cursor } });
      pages.push(page.body.data.builds.map((b: { id: string }) => b.id));
      expect(page.body.pagination.count).toBe(pages.at(-1)!.length);
      cursor = page.body.pagination.hasNextPage ? page.body.pagination.cursor : undefined;
      if (cursor !== undefined) expect(cursor).toMatch(/^[0-9a-f]{24}$/);
    } while (cursor !== undefined);
    expect(pages).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
  });

  it("pages projects by page number too, and refuses a cursor it did not issue", async () => {
    for (const name of ["Second project", "Third project"]) await api.call("createProject", { body: { name, region: "europe-west" } });
    const second = await api.call("listProjects", { query: { per_page: 1, page: 2 } });
    expect(second.body.data.projects.map((p: { id: string }) => p.id)).toEqual(["second-project"]);
    expect(second.body.pagination.hasNextPage).toBe(true);
    const foreign = await api.call("listProjects", { query: { cursor: "zzzzzzzzzzzzzzzzzzzzzzzz" } });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.message).toMatch(/^query\/cursor/);
  });
});

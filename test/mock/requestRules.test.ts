/**
 * What the mock refuses, and how: Northflank-shaped errors for a missing token, an
 * unknown route or id, a duplicate, a payload that breaks the spec, and a spent rate
 * budget. Error bodies are checked against the spec's Error schema by the harness.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startHarness, type Harness } from "./mockHarness.js";

let api: Harness;
const guideProject = () => api.example("createProject", "guide");

beforeAll(async () => {
  api = await startHarness();
});
afterEach(() => api.server.state.reset());
afterAll(() => api.close());

describe("authentication", () => {
  it.each([
    ["no Authorization header", null],
    ["an empty bearer token", ""],
    ["a bearer token of spaces", "   "],
  ])("answers 401 with %s", async (_, token) => {
    const result = await api.call("listProjects", { token });
    expect(result.status).toBe(401);
    expect(result.body.error).toMatchObject({ status: 401, id: "unauthorized" });
  });

  it("accepts only the configured token when one is given", async () => {
    const strict = await startHarness({ token: "the-one" });
    try {
      expect((await strict.call("listProjects", { token: "another" })).status).toBe(401);
      expect((await strict.call("listProjects", { token: "the-one" })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe("validation against the spec", () => {
  it("answers 400 naming the body field that breaks a pattern", async () => {
    const result = await api.call("createProject", { body: { ...guideProject(), name: "1 starts with a digit" } });
    expect(result.status).toBe(400);
    expect(result.body.error).toMatchObject({ status: 400, id: "validation-error" });
    expect(result.body.error.message).toMatch(/^body\/name must match pattern/);
    expect(result.body.error.details).toContainEqual(expect.objectContaining({ field: "body/name" }));
  });

  it("names a missing required field", async () => {
    const body = api.example("createBuildService", "guide");
    delete body.vcsData;
    const result = await api.call("createBuildService", { path: { projectId: "anything" }, body });
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/^body\/vcsData is required/);
  });

  it("names a nested field", async () => {
    await api.call("createProject", { body: guideProject() });
    const body = api.example("createDeploymentService", "externalImage");
    (body.ports as Array<Record<string, unknown>>)[0]!.internalPort = 70000;
    const result = await api.call("createDeploymentService", { path: { projectId: "api-example-project" }, body });
    expect(result.status).toBe(400);
    expect(result.body.error.message).toMatch(/^body\/ports\/0\/internalPort must be <= 65535/);
  });

  it("checks query parameters, after coercing them to the declared type", async () => {
    const tooMany = await api.call("listProjects", { query: { per_page: 101 } });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.message).toBe("query/per_page must be <= 100");
    const notANumber = await api.call("listProjects", { query: { per_page: "ten" } });
    expect(notANumber.body.error.message).toBe("query/per_page must be integer");
    const shortCursor = await api.call("listProjects", { query: { cursor: "abc" } });
    expect(shortCursor.body.error.message).toMatch(/^query\/cursor must NOT have fewer than 24 characters/);
  });

  it("answers 400 for a body that is not JSON or is missing", async () => {
    const broken = await api.raw("POST", "/v1/projects", { body: "{ nope" });
    expect(broken.status).toBe(400);
    expect(broken.body.error.message).toMatch(/^body is not valid JSON/);
    const missing = await api.call("createProject");
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toBe("body is required");
  });
});

describe("resources", () => {
  it("answers 409 when the derived id is taken, whatever the spelling of the name", async () => {
    expect((await api.call("createProject", { body: guideProject() })).status).toBe(200);
    const again = await api.call("createProject", { body: { ...guideProject(), name: "api EXAMPLE project" } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('"api-example-project"');
  });

  it("answers 404 for an unknown id at each level", async () => {
    await api.call("createProject", { body: guideProject() });
    const missingProject = await api.call("getProject", { path: { projectId: "nope" } });
    expect(missingProject.status).toBe(404);
    expect(missingProject.body.error).toMatchObject({ status: 404, id: "project-not-found" });
    const missingService = await api.call("getService", { path: { projectId: "api-example-project", serviceId: "nope" } });
    expect(missingService.body.error.id).toBe("service-not-found");
    const missingAddon = await api.call("backupAddon", { path: { projectId: "api-example-project", addonId: "nope" }, body: {} });
    expect(missingAddon.body.error.id).toBe("addon-not-found");
  });

  it("keeps a team's resources apart from the token's own, on the team-scoped paths", async () => {
    const team = { teamId: "example-team" };
    const created = await api.call("createProject", { scope: "team", path: team, body: guideProject() });
    expect(created.status).toBe(200);
    const build = await api.call("createBuildService", {
      scope: "team",
      path: { ...team, projectId: "api-example-project" },
      body: api.example("createBuildService", "guide"),
    });
    expect(build.body.data.appId).toBe("/example-team/api-example-project/build-service");
    expect((await api.call("getProject", { scope: "team", path: { ...team, projectId: "api-example-project" } })).status).toBe(200);
    expect((await api.call("getProject", { path: { projectId: "api-example-project" } })).status).toBe(404);
  });

  it("refuses to build a deployment service and to deploy to a build service", async () => {
    await api.call("createProject", { body: guideProject() });
    const project = { projectId: "api-example-project" };
    await api.call("createBuildService", { path: project, body: api.example("createBuildService", "guide") });
    await api.call("createDeploymentService", { path: project, body: api.example("createDeploymentService", "guide") });
    const build = await api.call("startServiceBuild", { path: { ...project, serviceId: "deployment-service" }, body: { branch: "main" } });
    expect(build.status).toBe(400);
    const deploy = await api.call("updateServiceDeployment", {
      path: { ...project, serviceId: "build-service" },
      body: api.example("updateServiceDeployment", "guideImage"),
    });
    expect(deploy.status).toBe(400);
    const noBranch = await api.call("startServiceBuild", { path: { ...project, serviceId: "build-service" }, body: {} });
    expect(noBranch.body.error.message).toMatch(/body\/branch or body\/pullRequestId is required/);
  });
});

describe("routing", () => {
  it("answers 404 for a path the spec does not have", async () => {
    const result = await api.raw("GET", "/v1/nothing-here");
    expect(result.status).toBe(404);
    expect(result.body.error).toMatchObject({ status: 404, id: "route-not-found" });
  });

  it("answers 405 with Allow for a method the path does not have", async () => {
    const result = await api.raw("DELETE", "/v1/projects");
    expect(result.status).toBe(405);
    expect(result.headers.get("allow")).toBe("GET, PUT, POST");
    expect(result.headers.get("x-ratelimit-limit")).toBe("1000");
  });
});

describe("rate limit", () => {
  it("counts down on every response and answers 429 once the budget is spent", async () => {
    const limited = await startHarness({ rateLimit: { limit: 3, windowMs: 60_000 } });
    try {
      const remaining: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        const result = await limited.call("listProjects");
        expect(result.status).toBe(200);
        remaining.push(result.headers.get("x-ratelimit-remaining")!);
      }
      expect(remaining).toEqual(["2", "1", "0"]);
      const spent = await limited.call("listProjects");
      expect(spent.status).toBe(429);
      expect(spent.body.error).toMatchObject({ status: 429, id: "rate-limit-exceeded" });
      expect(spent.headers.get("x-ratelimit-reset")).toBe("60");
      limited.advance(60_000);
      expect((await limited.call("listProjects")).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("starts at 1000 requests an hour by default", async () => {
    const result = await api.call("listProjects");
    expect(result.headers.get("x-ratelimit-limit")).toBe("1000");
    expect(result.headers.get("x-ratelimit-remaining")).toBe("999");
    expect(result.headers.get("x-ratelimit-reset")).toBe("3600");
  });
});

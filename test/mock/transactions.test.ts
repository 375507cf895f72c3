/**
 * The mock changes state only on success: a request that fails, at any point, leaves
 * every resource, pending failure and generated id as it was. Bodies nested too deeply
 * to process safely are refused before anything else looks at them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_BODY_DEPTH, tooDeepAt } from "../../mock/http/nestingDepth.js";
import { findProject, MockStore } from "../../mock/state/mockStore.js";
import { emptyShelf } from "../../mock/state/records.js";
import { startHarness, type Harness } from "./mockHarness.js";

let api: Harness;
const project = { projectId: "api-example-project" };

beforeAll(async () => {
  api = await startHarness();
  await api.call("createProject", { body: api.example("createProject", "guide") });
});
afterAll(() => api.close());

/** The JSON text of `{ a: { a: ... { a: "end" } } }`, `depth` objects deep (written out: too deep for JSON.stringify). */
function nestedText(depth: number): string {
  return `${'{"a":'.repeat(depth)}"end"${"}".repeat(depth)}`;
}

/** `{ a: { a: ... { a: "end" } } }`, `depth` objects deep. */
function nested(depth: number): unknown {
  let value: unknown = "end";
  for (let level = 0; level < depth; level++) value = { a: value };
  return value;
}

describe("a poisoned addon create", () => {
  it("is a 400 naming the depth and the place, and leaves no addon behind", async () => {
    const guide = api.example("createAddon", "guide");
    const text = JSON.stringify({ ...guide, templateValues: "POISON" }).replace('"POISON"', nestedText(5_000));
    expect(text.length).toBeLessThan(40_000);
    const poisoned = await api.raw("POST", `/v1/projects/${project.projectId}/addons`, { body: text });
    expect(poisoned.status).toBe(400);
    expect(poisoned.body.error.message).toMatch(new RegExp(`^body nests deeper than ${MAX_BODY_DEPTH} levels, at body/templateValues(/a)+$`));

    const addonId = String(guide.name).toLowerCase().replace(/[^a-z0-9]+/g, "-");
    expect((await api.call("getAddon", { path: { ...project, addonId } })).status).toBe(404);
    const created = await api.call("createAddon", { path: project, body: guide });
    expect(created.status).toBe(200);
    expect((await api.call("getAddon", { path: { ...project, addonId } })).status).toBe(200);
  });

  it("a body just within the bound is accepted", async () => {
    const guide = api.example("createAddon", "guide");
    const accepted = await api.call("createAddon", { path: project, body: { ...guide, name: "within-bound", templateValues: nested(MAX_BODY_DEPTH - 2) } });
    expect(accepted.status).toBe(200);
  });
});

describe("tooDeepAt", () => {
  it.each([
    ["a scalar", "x", 1, null],
    ["an object at the bound", nested(3), 3, null],
    ["an object past the bound", nested(4), 3, "/a/a/a"],
    ["an array path, escaped", { "x/y": [[["deep"]]] }, 2, "/x~1y/0"],
  ])("%s", (_case, body, max, expected) => {
    expect(tooDeepAt(body, max)).toBe(expected);
  });
});

describe("MockStore.transaction", () => {
  it("puts resources, pending failures and the id sequence back when the change throws", () => {
    const store = new MockStore();
    const owner = store.owner(undefined);
    owner.projects.set("kept", { id: "kept", body: {}, createdAt: 0, services: new Map(), jobs: new Map(), addons: new Map(), resources: emptyShelf() });
    store.failNextBuild();
    const idBefore = store.ids.position;

    expect(() =>
      store.transaction({ teamId: undefined, projectId: "kept" }, () => {
        const inside = store.owner(undefined);
        inside.projects.set("half", { id: "half", body: {}, createdAt: 0, services: new Map(), jobs: new Map(), addons: new Map(), resources: emptyShelf() });
        findProject(inside, "kept").services.set("s", { id: "s", serviceType: "build", body: {}, createdAt: 0, updatedAt: 0, builds: [], deployment: null });
        store.takeBuildFailure();
        store.ids.buildId();
        throw new Error("failed midway");
      }),
    ).toThrow("failed midway");

    const after = store.owner(undefined);
    expect([...after.projects.keys()]).toEqual(["kept"]);
    expect(findProject(after, "kept").services.size).toBe(0);
    expect(store.takeBuildFailure()).toBe(true);
    expect(store.ids.position).toBe(idBefore);
  });

  it("forgets an owner the failed change brought into being", () => {
    const store = new MockStore();
    store.owner(undefined);
    expect(() =>
      store.transaction({ teamId: "new-team", projectId: undefined }, () => {
        store.owner("new-team").projects.set("p", { id: "p", body: {}, createdAt: 0, services: new Map(), jobs: new Map(), addons: new Map(), resources: emptyShelf() });
        throw new Error("failed midway");
      }),
    ).toThrow("failed midway");
    expect(store.owner("new-team").projects.size).toBe(0);
  });

  it("keeps what a successful change did", () => {
    const store = new MockStore();
    const result = store.transaction({ teamId: "team", projectId: undefined }, () => {
      store.owner("team").projects.set("p", { id: "p", body: {}, createdAt: 0, services: new Map(), jobs: new Map(), addons: new Map(), resources: emptyShelf() });
      return "done";
    });
    expect(result).toBe("done");
    expect([...store.owner("team").projects.keys()]).toEqual(["p"]);
  });
});

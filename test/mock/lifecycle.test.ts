/**
 * For every resource the spec can create, list, patch and delete at one collection path
 * (found from the spec, not named here): a created resource is listed, a patch shows in
 * its reads, and after the delete a read is a 404 and the list no longer shows it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSynthesizer, type Synthesizer } from "../../mock/generic/synthesize.js";
import type { MockOperation } from "../../mock/spec/collectOperations.js";
import { deriveId } from "../../mock/state/ids.js";
import { valueAt } from "../../openapi/jsonPointer.js";
import { startHarness, type Harness } from "./mockHarness.js";

interface Lifecycle {
  readonly collection: string;
  readonly create: MockOperation;
  readonly list: MockOperation;
  readonly get: MockOperation;
  readonly patch: MockOperation;
  readonly remove: MockOperation;
}

let api: Harness;
let synthesizer: Synthesizer;
let lifecycles: Lifecycle[];
const project = { projectId: "lifecycle-project" };
const PATCHED = "Patched by the lifecycle test";

beforeAll(async () => {
  api = await startHarness();
  synthesizer = createSynthesizer(api.document, () => Date.now());
  lifecycles = findLifecycles([...api.operations.values()]);
  await api.call("createProject", { body: { name: "Lifecycle project", region: "europe-west" } });
});
afterAll(() => api.close());

describe("a resource's whole life on the mock", () => {
  it("is found for every kind the spec can create, list, patch and delete at one path", () => {
    expect(lifecycles.map((l) => l.collection).sort()).toEqual(expect.arrayContaining(["/v1/projects", "/v1/projects/{projectId}/addons", "/v1/projects/{projectId}/secrets", "/v1/tags", "/v1/backup-destinations"]));
  });

  it("is created, listed, patched, deleted, and gone afterwards", async () => {
    for (const life of lifecycles) {
      const path = life.collection.includes("{projectId}") ? project : {};
      const created = await api.call(life.create.operationId, { path, body: api.firstExample(life.create.operationId) ?? synthesizer.fill(life.create.requestBody!.schemaPointer, undefined) });
      expect(created.status, `${life.create.operationId} ${JSON.stringify(created.body)}`).toBe(200);
      const name: unknown = created.body.data.name;
      const listedAs = async () => (await listedItems(life, path)).find((shown) => (shown.id !== undefined && shown.id === created.body.data.id) || shown.name === name);
      // Some answers to a create carry no id (global secrets), and some lists none either
      // (external addons): then the id is the one Northflank derives from the name.
      const id: string = created.body.data.id ?? (await listedAs())?.id ?? deriveId(String(name));
      const itemParam = life.get.path.slice(life.get.path.lastIndexOf("{") + 1, -1);
      const item = { ...path, [itemParam]: id };

      expect(await listedAs()).toBeDefined();

      // Only a patch schema that types `description` as text declares it (an open schema accepts anything).
      const patchBody = { description: PATCHED };
      const bodyPointer = life.patch.requestBody!.schemaPointer;
      const patchable = synthesizer.accepts(bodyPointer, patchBody) && !synthesizer.accepts(bodyPointer, { description: 12_345 });
      const patched = await api.call(life.patch.operationId, { path: item, body: patchable ? patchBody : {} });
      expect(patched.status, `${life.patch.operationId} ${JSON.stringify(patched.body)}`).toBe(200);
      if (patchable) expect((await api.call(life.get.operationId, { path: item })).body.data.description).toBe(PATCHED);

      expect((await api.call(life.remove.operationId, { path: item })).status).toBe(200);
      expect((await api.call(life.get.operationId, { path: item })).status).toBe(404);
      expect(await listedAs()).toBeUndefined();
    }
  });
});

/** The listed items, known by id, or by name where the API lists items without ids. */
async function listedItems(life: Lifecycle, path: Record<string, string>): Promise<{ id?: string; name?: string }[]> {
  const listed = await api.call(life.list.operationId, { path });
  return valueAt(listed.body, life.list.itemsPointer!) as { id?: string; name?: string }[];
}

/** Collections with a create (POST) and a list, whose items have a get, a patch and a delete. */
function findLifecycles(operations: MockOperation[]): Lifecycle[] {
  const at = (method: string, path: string) => operations.find((o) => o.method === method && o.path === path);
  const found: Lifecycle[] = [];
  for (const get of operations.filter((o) => o.method === "get" && /\/\{[^/}]+\}$/.test(o.path))) {
    const collection = get.path.slice(0, get.path.lastIndexOf("/"));
    const [create, list, patch, remove] = [at("post", collection), at("get", collection), at("patch", get.path), at("delete", get.path)];
    // Collections under another resource than a project (a team's roles) need that resource first: everyOperation.test.ts covers them.
    const underProjectAtMost = [...collection.matchAll(/\{([^}]+)\}/g)].every((match) => match[1] === "projectId");
    if (underProjectAtMost && create?.requestBody && list?.itemsPointer && patch?.requestBody && remove) found.push({ collection, create, list, get, patch, remove });
  }
  return found;
}

/**
 * Every operation of the spec, sent to the mock with a valid request built from the spec
 * alone: path parameters name resources created earlier in the run (each one created for
 * that path is tried in turn, as a rule of the API may refuse some, e.g. a build of a
 * deployment service; for resources the API cannot create, a value the parameter's schema
 * accepts), bodies are the spec's first
 * named example or the smallest body its schema accepts. Creates go first (shallow paths
 * before deep ones), deletes last (deep before shallow), everything else in between. Each
 * must answer 200 with a body that matches its response schema (the harness checks it),
 * so no operation answers 501 and none answers off-schema. Nothing here names an operation:
 * a new one in the spec is covered with no new line.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSynthesizer } from "../../mock/generic/synthesize.js";
import { operationRoles, type OperationRole } from "../../mock/generic/operationRoles.js";
import type { MockOperation } from "../../mock/spec/collectOperations.js";
import { STEP_MS, startHarness, type CallResult, type Harness } from "./mockHarness.js";

let api: Harness;
let plan: MockOperation[];

beforeAll(async () => {
  api = await startHarness();
  plan = orderForOneRun([...api.operations.values()]);
});
afterAll(() => api.close());

/** Ids of what the run created, by the item path each is the last parameter of (`/v1/projects/{projectId}`). */
const created = new Map<string, string[]>();

describe("every operation of the spec, on the mock", () => {
  it("answers 200 with an on-schema body to a valid request", async () => {
    const synthesizer = createSynthesizer(api.document, () => Date.now());
    const answers: string[] = [];
    for (const operation of plan) {
      let result: CallResult | undefined;
      for (const request of requestsFor(operation, synthesizer)) {
        result = await api.call(operation.operationId, request);
        if (result.status === 200) break;
      }
      if (result === undefined) throw new Error(`no request for ${operation.operationId}`);
      answers.push(`${operation.operationId} ${result.status}${result.status === 200 ? "" : ` ${JSON.stringify(result.body)}`}`);
      if (result.status === 200) remember(operation, result);
      // Long-running work (builds, runs, backups) settles before the operations that need it settled.
      api.advance(4 * STEP_MS);
    }
    expect(answers.filter((line) => !line.endsWith(" 200"))).toEqual([]);
    expect(api.succeeded.size).toBe(api.operations.size);
  });
});

type Synthesizer = ReturnType<typeof createSynthesizer>;

/** Requests for `operation`, one per combination of the created resources its path can name. */
function requestsFor(operation: MockOperation, synthesizer: Synthesizer) {
  let paths: Record<string, string>[] = [{}];
  for (const parameter of operation.parameters.filter((p) => p.in === "path")) {
    const itemPath = operation.path.slice(0, operation.path.indexOf(`{${parameter.name}}`) + parameter.name.length + 2);
    const values = created.get(itemPath) ?? createdUnderAnotherName(itemPath, parameter.name) ?? [String(synthesizer.fill(parameter.schemaPointer, undefined))];
    paths = paths.flatMap((path) => values.map((value) => ({ ...path, [parameter.name]: value })));
  }
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters.filter((p) => p.in === "query" && p.required)) {
    query[parameter.name] = String(synthesizer.fill(parameter.schemaPointer, undefined));
  }
  if (operation.method === "delete" && operation.path === "/v1/projects/{projectId}") query.delete_child_objects = "true";
  const body = operation.requestBody === null ? undefined : (api.firstExample(operation.operationId) ?? inventedBody(operation, synthesizer));
  return paths.map((path) => ({ path, query, body }));
}

/**
 * Items a path names that were created under another path: a type-specific path
 * (`/services/build/{serviceId}`) names those of the general one (`/services/{serviceId}`),
 * and a link (`/secrets/{secretId}/addons/{addonId}`) names those of the collection it
 * ends in (`/v1/projects/{projectId}/addons/{addonId}`).
 */
function createdUnderAnotherName(itemPath: string, parameter: string): string[] | undefined {
  const collection = itemPath.slice(0, itemPath.lastIndexOf("/"));
  const general = collection.slice(0, collection.lastIndexOf("/"));
  const tail = itemPath.slice(collection.lastIndexOf("/"));
  const nested = collection.includes("{");
  return created.get(`${general}/{${parameter}}`) ?? (nested ? [...created].find(([path]) => path.endsWith(tail))?.[1] : undefined);
}

/** The smallest body the schema accepts, named after the operation so that two creates of one kind do not meet on the same name. */
function inventedBody(operation: MockOperation, synthesizer: Synthesizer): unknown {
  const pointer = operation.requestBody!.schemaPointer;
  const body = synthesizer.fill(pointer, undefined);
  if (body === null || typeof body !== "object" || typeof (body as { name?: unknown }).name !== "string") return body;
  const named = { ...body, name: `${(body as { name: string }).name} ${operation.operationId}` };
  return synthesizer.accepts(pointer, named) ? named : body;
}


/** After a create, the new id answers for the created item's path parameter in later requests. */
function remember(operation: MockOperation, result: CallResult): void {
  const id = result.body?.data?.id;
  if (typeof id !== "string" || (operation.method !== "post" && operation.method !== "put")) return;
  const itemPath = createdItemPath(operation);
  if (itemPath !== null && !created.get(itemPath)?.includes(id)) created.set(itemPath, [...(created.get(itemPath) ?? []), id]);
}

/**
 * The item path a POST or PUT creates under: the item with a GET below its path; for a
 * type-specific create (`/services/combined`), the one of the general collection
 * (`/services/{serviceId}`); else any item path below it (a resource the API only patches
 * and deletes).
 */
function createdItemPath(operation: MockOperation): string | null {
  const items = [...api.operations.values()].filter((o) => /\/\{[^/}]+\}$/.test(o.path));
  const readable = items.filter((o) => o.method === "get");
  const under = (collection: string) => (o: MockOperation) => o.path.slice(0, o.path.lastIndexOf("/")) === collection;
  const general = operation.path.slice(0, operation.path.lastIndexOf("/"));
  return (readable.find(under(operation.path)) ?? readable.find(under(general)) ?? items.find(under(operation.path)))?.path ?? null;
}

/** Creates first, shallow before deep; then reads, writes and actions; deletes last, deep before shallow. */
function orderForOneRun(operations: MockOperation[]): MockOperation[] {
  const roles = operationRoles(operations);
  const depth = (o: MockOperation) => o.path.split("/").length;
  const phase = (o: MockOperation) => phaseOf(o, roles.get(o.operationId)!);
  // Within a path a POST creates before a PUT replaces, so the PUT finds the name taken rather than the POST.
  const methodRank = (o: MockOperation) => (o.method === "put" ? 1 : 0);
  return [...operations].sort((a, b) => phase(a) - phase(b) || (phase(a) === 3 ? depth(b) - depth(a) : depth(a) - depth(b)) || methodRank(a) - methodRank(b));
}

function phaseOf(operation: MockOperation, role: OperationRole): number {
  if (operation.method === "delete" && role.kind !== "action") return 3;
  if (role.kind === "action" && role.verb === "abort") return 2;
  if (operation.method === "post" || operation.method === "put") return createsSomething(operation) ? 0 : 1;
  return 1;
}

function createsSomething(operation: MockOperation): boolean {
  return createdItemPath(operation) !== null && !/\/\{[^/}]+\}$/.test(operation.path);
}

/**
 * Handlers for every operation nobody wrote one for, derived from the spec: each operation's
 * role (see operationRoles.ts) says what it does to the resources its path names, the
 * resources live in the store, and every answer is built from what the mock knows by the
 * operation's documented response schema (see synthesize.ts), so it is always on-schema.
 *
 * Hand-written resources (projects, services, jobs, addons, which carry time-driven
 * builds, runs and backups) take part through `families`: the generic list, put, patch,
 * delete and actions act on their records, and their own GET handlers render them.
 */
import { conflict, MockHttpError, notFound } from "../http/mockHttpError.js";
import type { HandlerContext, OperationHandler } from "../handlers/handlerContext.js";
import { findProject } from "../state/mockStore.js";
import { deriveId } from "../state/ids.js";
import { paginate } from "../state/paginate.js";
import type { ResourceShelf, StoredResource } from "../state/records.js";
import type { MockOperation } from "../spec/collectOperations.js";
import { isJsonObject, mergeDeep, setAt, type Json } from "./jsonTree.js";
import { filterLogLines, type LogSource } from "./logLines.js";
import { ancestorItems, fillPath, operationRoles, parametersOf, parentOf, type OperationRole } from "./operationRoles.js";
import type { Synthesizer } from "./synthesize.js";
import { statusAt, waiterStatuses, type WaiterStatuses } from "./waiterStatus.js";

/** Records the hand-written handlers own, which the generic operations may act on too. */
export interface ResourceFamily {
  /** Collection paths whose items are this family's records (type-specific paths included). */
  readonly collections: readonly string[];
  /** The item path whose GET handler renders one record. */
  readonly itemPath: string;
  readonly records: (context: HandlerContext) => Map<string, StoredResource>;
  /** For type-specific collections (`/services/build`): the kind each one holds, and a record's kind. */
  readonly kinds?: { readonly byCollection: Readonly<Record<string, string>>; readonly of: (record: StoredResource) => string };
}

/**
 * What an action verb (pause, scale, ...) changes in what its target's GET shows, given the
 * request body, the answer before, and what earlier actions laid over it (`overlay`).
 */
export type ActionEffect = (input: { readonly body: Json; readonly shown: Json; readonly overlay: Json }) => Json;

export interface GenericLayer {
  readonly document: Json;
  readonly operations: readonly MockOperation[];
  readonly handwritten: Readonly<Record<string, OperationHandler>>;
  readonly families: readonly ResourceFamily[];
  readonly actions: Readonly<Record<string, ActionEffect>>;
  readonly logs: LogSource;
  /**
   * Collections whose items are named by a body field that is neither `name` nor the item's
   * own path parameter (a subdomain path is named by its `uri`): collection path to field.
   */
  readonly itemIdFields?: Readonly<Record<string, string>>;
  readonly synthesizer: Synthesizer;
}

interface Located {
  readonly records: Map<string, StoredResource>;
  readonly id: string;
  readonly family: ResourceFamily | null;
}

/** Every operation's handler: the hand-written one where there is one, else the generic one. */
export function withGenericHandlers(layer: GenericLayer): Record<string, OperationHandler> {
  const { document, operations, synthesizer } = layer;
  const roles = operationRoles(operations);
  const getAt = new Map(operations.filter((o) => o.method === "get").map((o) => [o.path, o]));
  const creatable = new Set([...roles.values()].flatMap((role) => (role.kind === "create" || role.kind === "put" ? [role.collection] : [])));
  const statusesOf = new Map(operations.flatMap((o) => {
    const statuses = waiterStatuses(document, o);
    return statuses === null ? [] : [[o.path, statuses] as const];
  }));
  const handlers: Record<string, OperationHandler> = {};

  /** Items of a collection the spec has no create or put for, and no hand-written resource holds. */
  const isVirtual = (itemPath: string) => !creatable.has(parentOf(itemPath)) && familyOf(itemPath) === null;
  const familyOf = (itemPath: string) =>
    layer.families.find((family) => family.itemPath === itemPath || family.collections.includes(parentOf(itemPath))) ?? null;

  function respond(operation: MockOperation, source: Json): unknown {
    const pointer = operation.success.schemaPointer;
    return pointer === null ? {} : synthesizer.fill(pointer, source);
  }

  /** The GET answer's `data` for the item at `itemPath` (the path's own parameters filled from `context`). */
  function render(context: HandlerContext, itemPath: string): Json | null {
    const get = getAt.get(itemPath);
    if (get === undefined) return null;
    const answer = handlers[get.operationId]!(context);
    return isJsonObject(answer) && isJsonObject(answer.data) ? answer.data : {};
  }

  /** Throws the 404 of the first resource above `path` that does not exist. */
  function requireAncestors(context: HandlerContext, path: string): void {
    for (const itemPath of ancestorItems(path)) if (itemPath !== path) render(context, itemPath);
  }

  function shelf(context: HandlerContext, path: string): ResourceShelf {
    return path.includes("{projectId}") ? findProject(context.owner, param(context, "projectId")).resources : context.owner.resources;
  }

  function locate(context: HandlerContext, itemPath: string): Located {
    const id = param(context, lastParameter(itemPath));
    const family = familyOf(itemPath);
    if (family !== null) return { records: family.records(context), id, family };
    const key = fillPath(parentOf(itemPath), context.path);
    const collections = shelf(context, itemPath).collections;
    let records = collections.get(key);
    if (records === undefined) collections.set(key, (records = new Map()));
    return { records, id, family: null };
  }

  function findRecord(context: HandlerContext, itemPath: string): { located: Located; record: StoredResource } {
    const located = locate(context, itemPath);
    const record = located.records.get(located.id);
    if (record === undefined) throw notFound(kindOf(itemPath), located.id);
    requireKind(located.family, parentOf(itemPath), record);
    return { located, record };
  }

  /**
   * The record of a resource the spec gives no way to create, made on first use: it is taken
   * to exist, so an update of it (an addon's link to a secret group, say) keeps what it was sent,
   * and an action on it (pausing a preview environment) what the action changed.
   */
  function takeVirtualRecord(context: HandlerContext, itemPath: string): { located: Located; record: StoredResource } {
    const located = locate(context, itemPath);
    let record = located.records.get(located.id);
    if (record === undefined) located.records.set(located.id, (record = { id: located.id, body: {}, createdAt: context.now }));
    return { located, record };
  }

  /**
   * The id a new item gets from its body: the field named after the item's path parameter (a
   * domain's `domain`) or the one the layer names for its collection, as sent; else the id
   * Northflank derives from `name`; `null` when the body names it neither way.
   */
  function newItemId(context: HandlerContext, collection: string, itemPath: string): string | null {
    const named = context.body[layer.itemIdFields?.[collection] ?? lastParameter(itemPath)];
    if (typeof named === "string") return named;
    return typeof context.body.name === "string" ? deriveId(context.body.name) : null;
  }

  /** A type-specific path (`/services/build/{serviceId}`) acts only on records of its kind. */
  function requireKind(family: ResourceFamily | null, collection: string, record: StoredResource): void {
    const wanted = family?.kinds?.byCollection[collection];
    if (family?.kinds === undefined || wanted === undefined) return;
    const actual = family.kinds.of(record);
    if (actual !== wanted) throw new MockHttpError(409, `"${record.id}" is a ${actual}, not a ${wanted}; use the ${actual} path`, "wrong-resource-type");
  }

  /** What the mock knows of a generic record, as its GET would show it. */
  function sourceOf(context: HandlerContext, itemPath: string, record: StoredResource): Json {
    const source: Json = { ...context.path, ...record.body, id: record.id, createdAt: iso(record.createdAt), updatedAt: iso(record.updatedAt ?? record.createdAt) };
    const statuses = statusesOf.get(itemPath);
    if (statuses !== undefined) setAt(source, statuses.pointerInData, statusAt(statuses, record.createdAt, context.now, context.timing.stepMs));
    return mergeDeep(source, record.overlay ?? {}) as Json;
  }

  /** The item's `data`: its family's GET for a hand-written record, else what the store knows. */
  function shown(context: HandlerContext, itemPath: string, record: StoredResource, located: Located): Json {
    if (located.family !== null) {
      const itemContext = withParam(context, lastParameter(located.family.itemPath), record.id);
      return render(itemContext, located.family.itemPath) ?? sourceOf(context, itemPath, record);
    }
    return sourceOf(withParam(context, lastParameter(itemPath), record.id), itemPath, record);
  }

  const build: { [K in OperationRole["kind"]]: (operation: MockOperation, role: Extract<OperationRole, { kind: K }>) => OperationHandler } = {
    get: (operation, role) => (context) => {
      requireAncestors(context, role.itemPath);
      const located = locate(context, role.itemPath);
      const record = located.records.get(located.id);
      if (record !== undefined) return respond(operation, { data: shown(context, role.itemPath, record, located) });
      // A resource the spec gives no way to create (a pipeline, here) is answered as if it existed.
      if (!isVirtual(role.itemPath)) throw notFound(kindOf(role.itemPath), located.id);
      return respond(operation, { data: { ...context.path, id: located.id, name: located.id } });
    },
    list: (operation, role) => (context) => {
      requireAncestors(context, role.collection);
      const itemPath = role.itemPath ?? `${role.collection}/{id}`;
      const located = locateCollection(context, role.collection, itemPath);
      const all = [...located.records.values()].map((record) => shown(context, itemPath, record, located));
      const { items, pagination } = paginate(all, context.query);
      const body: Json = { pagination };
      setAt(body, operation.itemsPointer ?? "/data/items", items);
      return respond(operation, body);
    },
    create: (operation, role) => (context) => {
      requireAncestors(context, role.collection);
      const itemPath = role.itemPath ?? `${role.collection}/{id}`;
      const located = locateCollection(context, role.collection, itemPath);
      const id = newItemId(context, role.collection, itemPath) ?? context.store.ids.uuid();
      if (located.records.has(id)) throw conflict(kindOf(itemPath), id);
      const record: StoredResource = { id, body: context.body, createdAt: context.now };
      located.records.set(id, record);
      return respond(operation, { data: shown(context, itemPath, record, located) });
    },
    put: (operation, role) => (context) => {
      const itemPath = role.itemPath ?? familyItemPath(role.collection) ?? `${role.collection}/{id}`;
      const name = newItemId(context, role.collection, itemPath);
      if (name !== null) {
        requireAncestors(context, role.collection);
        const located = locateCollection(context, role.collection, itemPath);
        const existing = located.records.get(name);
        if (existing !== undefined) {
          requireKind(located.family, role.collection, existing);
          existing.body = context.body;
          existing.updatedAt = context.now;
          return respond(operation, { data: shown(context, itemPath, existing, located) });
        }
      }
      const create = operations.find((o) => o.method === "post" && o.path === role.collection);
      if (create !== undefined) return respond(operation, handlers[create.operationId]!(context) as Json);
      return build.create(operation, { kind: "create", collection: role.collection, itemPath })(context);
    },
    update: (operation, role) => (context) => {
      requireAncestors(context, role.itemPath);
      const { located, record } = isVirtual(role.itemPath) ? takeVirtualRecord(context, role.itemPath) : findRecord(context, role.itemPath);
      record.body = (operation.method === "put" ? context.body : mergeDeep(record.body, context.body)) as Json;
      record.updatedAt = context.now;
      return respond(operation, { data: shown(context, role.itemPath, record, located) });
    },
    delete: (operation, role) => (context) => {
      requireAncestors(context, role.itemPath);
      // Like its GET, a resource the spec gives no way to create is taken to exist.
      const located = isVirtual(role.itemPath) ? locate(context, role.itemPath) : findRecord(context, role.itemPath).located;
      located.records.delete(located.id);
      forgetBelow(shelf(context, role.itemPath), fillPath(role.itemPath, context.path));
      return respond(operation, { data: {} });
    },
    view: (operation, role) => (context) => {
      requireAncestors(context, role.viewPath);
      return respond(operation, { data: viewSource(context, role.viewPath, role.ownerPath) });
    },
    write: (operation, role) => (context) => {
      requireAncestors(context, role.viewPath);
      const views = shelf(context, role.viewPath).views;
      const key = fillPath(role.viewPath, context.path);
      if (operation.method === "delete") views.delete(key);
      else views.set(key, (operation.method === "put" ? context.body : mergeDeep(views.get(key) ?? {}, context.body)) as Json);
      return respond(operation, { data: viewSource(context, role.viewPath, role.ownerPath) });
    },
    action: (operation, role) => (context) => {
      requireAncestors(context, role.target);
      const { located, record } = isVirtual(role.target) ? takeVirtualRecord(context, role.target) : findRecord(context, role.target);
      const before = shown(context, role.target, record, located);
      const change = SETTLING_VERBS.test(role.verb) ? abortChange(statusesOf.get(role.target)) : (layer.actions[role.verb]?.({ body: context.body, shown: before, overlay: record.overlay ?? {} }) ?? {});
      record.overlay = mergeDeep(record.overlay ?? {}, change) as Json;
      return respond(operation, { data: shown(context, role.target, record, located) });
    },
    logs: (operation, role) => (context) => {
      requireAncestors(context, `${role.target}/${role.stream}`);
      const lines = filterLogLines(layer.logs(context, { stream: role.stream, target: role.target }), context.query);
      return respond(operation, { data: lines });
    },
  };

  function locateCollection(context: HandlerContext, collection: string, itemPath: string): Located {
    const family = layer.families.find((f) => f.collections.includes(collection)) ?? null;
    if (family !== null) return { records: family.records(context), id: "", family };
    return locate(withParam(context, lastParameter(itemPath), ""), itemPath);
  }

  function familyItemPath(collection: string): string | null {
    return layer.families.find((f) => f.collections.includes(collection))?.itemPath ?? null;
  }

  /** A part of a resource: what was written to it, over the part of the owner's answer it names. */
  function viewSource(context: HandlerContext, viewPath: string, ownerPath: string): Json {
    const owner = render(context, ownerPath) ?? {};
    const partName = camelCase(viewPath.slice(viewPath.lastIndexOf("/") + 1));
    const part = owner[partName];
    const written = shelf(context, viewPath).views.get(fillPath(viewPath, context.path)) ?? {};
    return mergeDeep({ ...context.path, ...owner, ...(isJsonObject(part) ? part : {}), [partName]: part }, written) as Json;
  }

  /** A hand-written GET of a family's record shows what actions laid over it. */
  function withOverlay(operation: MockOperation, handwritten: OperationHandler | undefined): OperationHandler | undefined {
    if (handwritten === undefined || operation.method !== "get") return handwritten;
    const family = layer.families.find((f) => f.itemPath === operation.path);
    if (family === undefined) return handwritten;
    return (context) => {
      const answer = handwritten(context);
      const overlay = family.records(context).get(param(context, lastParameter(operation.path)))?.overlay;
      return overlay === undefined ? answer : respond(operation, mergeDeep(answer, { data: overlay }) as Json);
    };
  }

  for (const operation of operations) {
    const role = roles.get(operation.operationId)!;
    const generic = build[role.kind] as (operation: MockOperation, role: OperationRole) => OperationHandler;
    handlers[operation.operationId] = withOverlay(operation, layer.handwritten[operation.operationId]) ?? generic(operation, role);
  }
  return handlers;
}

/** Verbs that stop a waited-on resource for good. */
const SETTLING_VERBS = /^(abort|cancel|stop)$/;

function abortChange(statuses: WaiterStatuses | undefined): Json {
  if (statuses === undefined) return {};
  const change: Json = {};
  setAt(change, statuses.pointerInData, statuses.aborted);
  return change;
}

/** Deleting a resource takes everything under its path with it. */
function forgetBelow(shelf: ResourceShelf, itemPath: string): void {
  for (const key of [...shelf.collections.keys()]) if (key.startsWith(`${itemPath}/`)) shelf.collections.delete(key);
  for (const key of [...shelf.views.keys()]) if (key.startsWith(`${itemPath}/`)) shelf.views.delete(key);
}

function param(context: HandlerContext, name: string): string {
  const value = context.path[name];
  if (value === undefined) throw new Error(`path parameter "${name}" missing after validation`);
  return value;
}

function withParam(context: HandlerContext, name: string, value: string): HandlerContext {
  return { ...context, path: { ...context.path, [name]: value } };
}

function lastParameter(path: string): string {
  return parametersOf(path).at(-1) ?? "id";
}

/** `/v1/projects/{projectId}/secrets/{secretId}` -> `secret`, for 404 messages and ids. */
function kindOf(itemPath: string): string {
  const collection = parentOf(itemPath);
  const name = collection.slice(collection.lastIndexOf("/") + 1);
  return name.replace(/ies$/, "y").replace(/s$/, "").replace(/-/g, " ");
}

function camelCase(segment: string): string {
  return segment.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

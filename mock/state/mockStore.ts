/**
 * All state of one mock server. Resources live per owner: the token's own account
 * (plain paths) or a team (team-scoped paths), as on Northflank, where a team's
 * projects are not the user's. Lookups throw Northflank-shaped 404s.
 */
import { notFound } from "../http/mockHttpError.js";
import { IdSequence } from "./ids.js";
import { UndoableMap } from "./undoableMap.js";
import { emptyShelf, type AddonRecord, type JobRecord, type ProjectRecord, type ResourceShelf, type ServiceRecord } from "./records.js";

/** The account that plain (unscoped) paths act on. */
export const PERSONAL_OWNER = "mock-user";

export interface OwnerState {
  /** Appears in `appId`s: `/<owner>/<project>/<resource>`. */
  readonly name: string;
  /** In creation order. */
  readonly projects: UndoableMap<string, ProjectRecord>;
  /** Generic resources whose paths name no project (`/v1/templates/{templateId}/runs`). */
  readonly resources: ResourceShelf;
}

/** Test controls: make the next long-running operation fail. */
export interface MockControls {
  /** The next build started (any service) ends in FAILURE instead of SUCCESS. */
  failNextBuild(): void;
  /** The next job run started ends FAILED instead of SUCCESS. */
  failNextJobRun(): void;
}

/**
 * What one request may change: the owner its path acts on (its list of projects and its
 * project-less generic resources) and the project its path names, with everything in it. Every handler keeps to this, because it
 * reaches resources only through `context.owner` and the path's ids.
 */
export interface TransactionScope {
  /** `teamId` from a team-scoped path, or `undefined` for the personal account. */
  readonly teamId: string | undefined;
  /** The path's `projectId`, or `undefined` when the path names none (e.g. createProject). */
  readonly projectId: string | undefined;
}

/** What a rollback needs beyond the marked maps: the values that are not in them. */
interface StoreSnapshot {
  /** The scope's owner, whose project list is marked, or `null` when it did not exist yet. */
  readonly owner: OwnerState | null;
  /** A deep copy of the project the path names, or `null` when it did not exist. */
  readonly project: ProjectRecord | null;
  /** A deep copy of the owner's project-less generic resources (few: template runs, registries). */
  readonly ownerResources: ResourceShelf | null;
  readonly buildFailures: number;
  readonly runFailures: number;
  readonly idPosition: number;
}

export class MockStore implements MockControls {
  readonly ids = new IdSequence();
  private readonly owners = new UndoableMap<string, OwnerState>();
  private buildFailures = 0;
  private runFailures = 0;

  /**
   * Runs one request's change: if `change` throws, the store is put back exactly as it
   * was (resources, pending failures, the id sequence), so a failed request (a 4xx found
   * midway, a 500, a response that cannot be written) never leaves half a resource behind.
   * Only the request's scope is saved (the owner and project lists are marked, the named
   * project copied deeply), so a write costs the same however many resources the store holds.
   */
  transaction<T>(scope: TransactionScope, change: () => T): T {
    const before = this.snapshot(scope);
    try {
      const result = change();
      this.owners.release();
      before.owner?.projects.release();
      return result;
    } catch (error) {
      this.restore(before);
      throw error;
    }
  }

  private snapshot(scope: TransactionScope): StoreSnapshot {
    const owner = this.owners.get(scope.teamId ?? PERSONAL_OWNER);
    const project = scope.projectId === undefined ? undefined : owner?.projects.get(scope.projectId);
    this.owners.mark();
    owner?.projects.mark();
    return {
      owner: owner ?? null,
      project: project === undefined ? null : structuredClone(project),
      ownerResources: owner === undefined ? null : structuredClone(owner.resources),
      buildFailures: this.buildFailures,
      runFailures: this.runFailures,
      idPosition: this.ids.position,
    };
  }

  private restore(before: StoreSnapshot): void {
    this.owners.rollback();
    if (before.owner !== null) {
      before.owner.projects.rollback();
      if (before.project !== null) before.owner.projects.set(before.project.id, before.project);
      if (before.ownerResources !== null) restoreShelf(before.owner.resources, before.ownerResources);
    }
    this.buildFailures = before.buildFailures;
    this.runFailures = before.runFailures;
    this.ids.rewind(before.idPosition);
  }

  failNextBuild(): void {
    this.buildFailures += 1;
  }

  failNextJobRun(): void {
    this.runFailures += 1;
  }

  /** Whether the build being started now should fail (consumes one failNextBuild). */
  takeBuildFailure(): boolean {
    if (this.buildFailures === 0) return false;
    this.buildFailures -= 1;
    return true;
  }

  takeRunFailure(): boolean {
    if (this.runFailures === 0) return false;
    this.runFailures -= 1;
    return true;
  }

  /** `teamId` from a team-scoped path, or `undefined` for the personal account. */
  owner(teamId: string | undefined): OwnerState {
    const name = teamId ?? PERSONAL_OWNER;
    let owner = this.owners.get(name);
    if (owner === undefined) this.owners.set(name, (owner = { name, projects: new UndoableMap(), resources: emptyShelf() }));
    return owner;
  }

  /** Forgets every resource and pending failure. */
  clear(): void {
    this.owners.clear();
    this.buildFailures = 0;
    this.runFailures = 0;
  }
}

function restoreShelf(shelf: ResourceShelf, saved: ResourceShelf): void {
  shelf.collections.clear();
  shelf.views.clear();
  for (const [key, value] of saved.collections) shelf.collections.set(key, value);
  for (const [key, value] of saved.views) shelf.views.set(key, value);
}

export function findProject(owner: OwnerState, projectId: string): ProjectRecord {
  const project = owner.projects.get(projectId);
  if (project === undefined) throw notFound("project", projectId);
  return project;
}

export function findService(project: ProjectRecord, serviceId: string): ServiceRecord {
  const service = project.services.get(serviceId);
  if (service === undefined) throw notFound("service", serviceId);
  return service;
}

export function findJob(project: ProjectRecord, jobId: string): JobRecord {
  const job = project.jobs.get(jobId);
  if (job === undefined) throw notFound("job", jobId);
  return job;
}

export function findAddon(project: ProjectRecord, addonId: string): AddonRecord {
  const addon = project.addons.get(addonId);
  if (addon === undefined) throw notFound("addon", addonId);
  return addon;
}

/** `/<owner>/<project>/<resource>`, Northflank's full identifier of a workload. */
export function appId(owner: OwnerState, projectId: string, resourceId: string): string {
  return `/${owner.name}/${projectId}/${resourceId}`;
}

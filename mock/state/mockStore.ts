/**
 * All state of one mock server. Resources live per owner: the token's own account
 * (plain paths) or a team (team-scoped paths), as on Northflank, where a team's
 * projects are not the user's. Lookups throw Northflank-shaped 404s.
 */
import { notFound } from "../http/mockHttpError.js";
import { IdSequence } from "./ids.js";
import type { AddonRecord, JobRecord, ProjectRecord, ServiceRecord } from "./records.js";

/** The account that plain (unscoped) paths act on. */
export const PERSONAL_OWNER = "mock-user";

export interface OwnerState {
  /** Appears in `appId`s: `/<owner>/<project>/<resource>`. */
  readonly name: string;
  /** In creation order. */
  readonly projects: Map<string, ProjectRecord>;
}

/** Test controls: make the next long-running operation fail. */
export interface MockControls {
  /** The next build started (any service) ends in FAILURE instead of SUCCESS. */
  failNextBuild(): void;
  /** The next job run started ends FAILED instead of SUCCESS. */
  failNextJobRun(): void;
}

/** Everything a request may change, as it was before the request. */
interface StoreSnapshot {
  readonly owners: Map<string, OwnerState>;
  readonly buildFailures: number;
  readonly runFailures: number;
  readonly idPosition: number;
}

export class MockStore implements MockControls {
  readonly ids = new IdSequence();
  private owners = new Map<string, OwnerState>();
  private buildFailures = 0;
  private runFailures = 0;

  /**
   * Runs one request's change: if `change` throws, the store is put back exactly as it
   * was (resources, pending failures, the id sequence), so a failed request (a 4xx found
   * midway, a 500, a response that cannot be written) never leaves half a resource behind.
   * The snapshot is a deep copy, which is cheap at a mock's size and needs no discipline
   * from the handlers.
   */
  transaction<T>(change: () => T): T {
    const before: StoreSnapshot = structuredClone({
      owners: this.owners,
      buildFailures: this.buildFailures,
      runFailures: this.runFailures,
      idPosition: this.ids.position,
    });
    try {
      return change();
    } catch (error) {
      this.owners = before.owners;
      this.buildFailures = before.buildFailures;
      this.runFailures = before.runFailures;
      this.ids.rewind(before.idPosition);
      throw error;
    }
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
    if (owner === undefined) this.owners.set(name, (owner = { name, projects: new Map() }));
    return owner;
  }

  /** Forgets every resource and pending failure. */
  clear(): void {
    this.owners.clear();
    this.buildFailures = 0;
    this.runFailures = 0;
  }
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

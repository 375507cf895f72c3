/**
 * The mock's in-memory records. Each keeps the request body it was created from
 * (already validated against the spec) and the times that drive its status; the
 * handlers render responses from them when asked, so a status is always current.
 */
export type Json = Record<string, unknown>;

/**
 * What every stored resource has, so that the generic layer can list, patch and delete
 * any of them, hand-written or not.
 */
export interface StoredResource {
  readonly id: string;
  /** The request body it was created from, with later updates merged in. */
  body: Json;
  readonly createdAt: number;
  /** When an update last changed it; absent until then. */
  updatedAt?: number;
  /** What actions changed (paused, scaled, aborted), laid over the resource's answer. */
  overlay?: Json;
}

/**
 * The resources only the generic layer knows, under one owner or one project: the items of
 * each collection, keyed by the collection's concrete path (`/v1/projects/p/secrets`), and
 * the parts of resources written on their own paths (`.../runtime-environment`).
 */
export interface ResourceShelf {
  readonly collections: Map<string, Map<string, StoredResource>>;
  readonly views: Map<string, Json>;
}

export function emptyShelf(): ResourceShelf {
  return { collections: new Map(), views: new Map() };
}

export interface ProjectRecord extends StoredResource {
  readonly services: Map<string, ServiceRecord>;
  readonly jobs: Map<string, JobRecord>;
  readonly addons: Map<string, AddonRecord>;
  readonly resources: ResourceShelf;
}

export type ServiceType = "build" | "combined" | "deployment";

export interface ServiceRecord extends StoredResource {
  readonly serviceType: ServiceType;
  updatedAt: number;
  /** Oldest first. */
  readonly builds: BuildRecord[];
  /** What the service runs, set at creation and by updateServiceDeployment. */
  deployment: DeploymentRecord | null;
}

export interface DeploymentRecord {
  /** `{ internal: {...} }` or `{ external: {...} }` as the request gave it. */
  readonly source: Json;
  readonly startedAt: number;
}

export interface BuildRecord {
  readonly id: string;
  readonly branch: string | null;
  readonly pullRequestId: number | null;
  readonly sha: string;
  readonly createdAt: number;
  readonly fails: boolean;
  /** When abortServiceBuild stopped it, if it did before it concluded. */
  abortedAt?: number;
}

export type JobType = "manual" | "cron";

export interface JobRecord extends StoredResource {
  readonly jobType: JobType;
  /** Oldest first. */
  readonly runs: RunRecord[];
}

export interface RunRecord {
  readonly id: string;
  readonly runName: string;
  readonly startedAt: number;
  readonly backoffLimit: number;
  readonly fails: boolean;
  /** When abortJobRun stopped it, if it did before it concluded. */
  abortedAt?: number;
}

export interface AddonRecord extends StoredResource {
  /** By id, oldest first. */
  readonly backups: Map<string, BackupRecord>;
  /** Restores started from its backups, oldest first. */
  restores?: { readonly restoreId: string; readonly backupId: string; readonly at: number }[];
}

export interface BackupRecord extends StoredResource {
  readonly name: string;
}

/**
 * The mock's in-memory records. Each keeps the request body it was created from
 * (already validated against the spec) and the times that drive its status; the
 * handlers render responses from them when asked, so a status is always current.
 */
export type Json = Record<string, unknown>;

export interface ProjectRecord {
  readonly id: string;
  readonly body: Json;
  readonly createdAt: number;
  readonly services: Map<string, ServiceRecord>;
  readonly jobs: Map<string, JobRecord>;
  readonly addons: Map<string, AddonRecord>;
}

export type ServiceType = "build" | "combined" | "deployment";

export interface ServiceRecord {
  readonly id: string;
  readonly serviceType: ServiceType;
  readonly body: Json;
  readonly createdAt: number;
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
}

export type JobType = "manual" | "cron";

export interface JobRecord {
  readonly id: string;
  readonly jobType: JobType;
  readonly body: Json;
  readonly createdAt: number;
  /** Oldest first. */
  readonly runs: RunRecord[];
}

export interface RunRecord {
  readonly id: string;
  readonly runName: string;
  readonly startedAt: number;
  readonly backoffLimit: number;
  readonly fails: boolean;
}

export interface AddonRecord {
  readonly id: string;
  readonly body: Json;
  readonly createdAt: number;
  /** Oldest first. */
  readonly backups: BackupRecord[];
}

export interface BackupRecord {
  readonly id: string;
  readonly name: string;
  readonly body: Json;
  readonly createdAt: number;
}

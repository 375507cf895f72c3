/** Small pieces that several resources' responses share. */
import type { ProjectRecord } from "../state/records.js";

/** Northflank's timestamp form: ISO 8601 with milliseconds, UTC. */
export function iso(epochMs: number): string {
  return new Date(epochMs).toISOString();
}

export const DEFAULT_REGION = "europe-west";

export function projectRegion(project: ProjectRecord): string {
  return typeof project.body.region === "string" ? project.body.region : DEFAULT_REGION;
}

/** The cluster a project's workloads run on: its BYOC cluster, or the region's Northflank cluster. */
export function projectCluster(project: ProjectRecord): { id: string; name: string; namespace: string } {
  const id = typeof project.body.clusterId === "string" ? project.body.clusterId : `nf-${projectRegion(project)}`;
  return { id, name: id, namespace: `ns-${project.id}` };
}

/** The properties of `source` whose names are in `keys` and whose values are defined. */
export function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key];
  return out;
}

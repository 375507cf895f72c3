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

type Json = Record<string, unknown>;

/** A git source as Northflank reads it back (`VcsDataDetails`): the repository plus the Dockerfile location from the build settings. */
export function gitSourceDetails(vcs: Json | undefined, buildSettings: Json | undefined): Json | null {
  if (vcs === undefined) return null;
  const details: Json = { projectUrl: vcs.projectUrl, projectType: vcs.projectType, ...dockerfileLocation(buildSettings) };
  if (vcs.projectBranch !== undefined) details.projectBranch = vcs.projectBranch;
  if (vcs.selfHostedVcsId !== undefined) details.selfHostedVcsId = vcs.selfHostedVcsId;
  return details;
}

/** Where the Dockerfile is: from `buildSettings.dockerfile`, else Northflank's defaults. */
export function dockerfileLocation(buildSettings: Json | undefined): { dockerWorkDir: string; dockerFilePath: string } {
  const dockerfile = (buildSettings?.dockerfile ?? {}) as Json;
  return {
    dockerWorkDir: typeof dockerfile.dockerWorkDir === "string" ? dockerfile.dockerWorkDir : "/",
    dockerFilePath: typeof dockerfile.dockerFilePath === "string" ? dockerfile.dockerFilePath : "/Dockerfile",
  };
}

/**
 * How a build reads at a given moment: QUEUED, then BUILDING, then SUCCESS (or
 * FAILURE when a test asked for it), one progression step each; ABORTED from the
 * moment it was aborted, if that came before its conclusion.
 */
import { phaseAt } from "../state/progression.js";
import type { BuildRecord } from "../state/records.js";
import { iso } from "./views.js";

const SUCCEEDING = ["QUEUED", "BUILDING", "SUCCESS"] as const;
const FAILING = ["QUEUED", "BUILDING", "FAILURE"] as const;

export interface BuildPhase {
  readonly status: (typeof SUCCEEDING)[number] | (typeof FAILING)[number] | "ABORTED";
  readonly concluded: boolean;
  /** When the current status was reached (the conclusion time once concluded). */
  readonly since: number;
}

export function buildPhase(build: BuildRecord, now: number, stepMs: number): BuildPhase {
  const statuses = build.fails ? FAILING : SUCCEEDING;
  const abortedAt = build.abortedAt;
  if (abortedAt !== undefined && abortedAt <= now && !phaseAt(statuses, build.createdAt, abortedAt, stepMs).final) {
    return { status: "ABORTED", concluded: true, since: abortedAt };
  }
  const phase = phaseAt(statuses, build.createdAt, now, stepMs);
  return { status: phase.status, concluded: phase.final, since: phase.since };
}

/** The `Build` schema: what getServiceBuild and listServiceBuilds return. */
export function buildView(build: BuildRecord, registryUri: string, now: number, stepMs: number): Record<string, unknown> {
  const phase = buildPhase(build, now, stepMs);
  const view: Record<string, unknown> = {
    ...startedBuildView(build, phase),
    message: buildMessage(phase),
  };
  if (phase.concluded) {
    view.success = phase.status === "SUCCESS";
    view.buildConcludedAt = Math.floor(phase.since / 1000);
  }
  if (phase.status === "SUCCESS") view.registry = { uri: registryUri };
  return view;
}

/** The `StartedBuild` schema: what startServiceBuild returns. */
export function startedBuildView(build: BuildRecord, phase: BuildPhase): Record<string, unknown> {
  const view: Record<string, unknown> = {
    id: build.id,
    pullRequestId: build.pullRequestId,
    sha: build.sha,
    createdAt: iso(build.createdAt),
    status: phase.status,
    concluded: phase.concluded,
  };
  if (build.branch !== null) view.branch = build.branch;
  return view;
}

function buildMessage(phase: BuildPhase): string | null {
  if (phase.status === "SUCCESS") return "Image successfully built";
  if (phase.status === "FAILURE") return "Build failed: the build step exited with a non-zero code";
  if (phase.status === "ABORTED") return "Build aborted";
  return null;
}

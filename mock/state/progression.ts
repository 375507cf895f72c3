/**
 * Long-running work (builds, job runs, addons, backups) moves through its statuses by
 * elapsed time, computed when it is read: no timers to leak or to wait for, and a test
 * that supplies its own clock controls the progression exactly.
 */

/** How fast statuses move. */
export interface ProgressionTiming {
  /** Time spent in each intermediate status. @default 500 (a build is done after ~1 s) */
  readonly stepMs: number;
}

/** The index in `statuses` reached `elapsedMs` after the start: one step per status, the last one final. */
export function phaseIndex(elapsedMs: number, stepMs: number, statusCount: number): number {
  if (stepMs <= 0) return statusCount - 1;
  return Math.min(Math.max(0, Math.floor(elapsedMs / stepMs)), statusCount - 1);
}

/** The status reached, and when it was reached. */
export function phaseAt<S extends string>(
  statuses: readonly S[],
  startedAt: number,
  now: number,
  stepMs: number,
): { status: S; since: number; final: boolean } {
  const index = phaseIndex(now - startedAt, stepMs, statuses.length);
  return { status: statuses[index]!, since: startedAt + index * stepMs, final: index === statuses.length - 1 };
}

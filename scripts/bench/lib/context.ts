/** What every bench part receives: how hard to measure, where to write, how to report progress. */
import type { Workspace } from "./workspace.js";

export interface BenchContext {
  /** Smoke mode: each measurement once, our spec only, few requests. */
  readonly smoke: boolean;
  /** Measured runs (or rounds) per figure: 5 normally, 1 in smoke mode. */
  readonly runs: number;
  /** Whether to include GitHub's REST description in the generation part. */
  readonly github: boolean;
  readonly workspace: Workspace;
  /** One progress line on stderr (the table goes to stdout). */
  log(message: string): void;
}

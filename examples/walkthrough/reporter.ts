/**
 * What the walkthrough prints: one line per step (id and status), a live progress
 * line and the streamed log while it waits (on a terminal only, so logs and CI output
 * stay clean), and a summary with each step's time and the rate budget left.
 */
import type { RateLimitState } from "../../generated/index.js";

export interface StepRecord {
  readonly title: string;
  readonly id: string;
  readonly status: string;
  readonly ms: number;
}

export interface Reporter {
  info(line: string): void;
  step(record: StepRecord): void;
  /** Shows (or replaces) the live line for a step that is waiting. */
  progress(title: string, status: string, elapsedMs: number): void;
  /** One line of a log streamed while a step waits; shown on a terminal only. */
  logLine(text: string): void;
  summary(steps: readonly StepRecord[], rateLimit: RateLimitState | null, totalMs: number): void;
}

export interface ReporterOptions {
  readonly write: (text: string) => void;
  /** Whether the output is a terminal that can redraw a line. */
  readonly live: boolean;
}

const SPINNER = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

export function createReporter({ write, live }: ReporterOptions): Reporter {
  let frame = 0;
  let lineOpen = false;
  const clearLine = () => {
    if (lineOpen) write("\r\x1b[2K");
    lineOpen = false;
  };
  return {
    info(line) {
      clearLine();
      write(`${line}\n`);
    },
    step({ title, id, status, ms }) {
      clearLine();
      write(`✓ ${title.padEnd(34)} ${id.padEnd(40)} ${status.padEnd(12)} ${formatMs(ms).padStart(8)}\n`);
    },
    progress(title, status, elapsedMs) {
      if (!live) return;
      frame = (frame + 1) % SPINNER.length;
      write(`\r\x1b[2K${SPINNER[frame]} ${title}: ${status} (${formatMs(elapsedMs)})`);
      lineOpen = true;
    },
    logLine(text) {
      if (!live) return;
      clearLine();
      write(`${text}\n`);
    },
    summary(steps, rateLimit, totalMs) {
      clearLine();
      write(`\nSummary: ${steps.length} steps in ${formatMs(totalMs)}\n`);
      for (const step of steps) write(`  ${formatMs(step.ms).padStart(8)}  ${step.title}\n`);
      write(rateLimit === null ? "Rate budget: not reported\n" : `Rate budget left: ${rateLimit.remaining} of ${rateLimit.limit} requests, resets in ${Math.max(0, Math.ceil((rateLimit.resetAt - Date.now()) / 1000))} s\n`);
    },
  };
}

export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

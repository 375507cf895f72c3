/**
 * Which log lines a tail has already delivered, so a reconnected tail resumes after the
 * last one without repeating or losing any. Lines arrive in time order; the cursor keeps
 * the newest time seen and how many times each (container, text) pair occurred at exactly
 * that time. A resumed connection asks for lines from that time on, skips everything
 * older, and skips at that time only as many copies of each pair as were already given:
 * two identical lines in the same millisecond are both delivered, once.
 */
import type { LogLine } from "./logLine.js";

function keyOf(line: LogLine): string {
  return `${line.containerId}\u0000${typeof line.log === "string" ? line.log : JSON.stringify(line.log)}`;
}

export class LogCursor {
  private newest = -Infinity;
  private atNewest = new Map<string, number>();
  /** While resuming: copies at `floor` still to skip. */
  private skipping: Map<string, number> | null = null;
  private floor = -Infinity;

  /** The time to resume from, or null before any line was delivered. */
  get resumeFrom(): Date | null {
    return this.newest === -Infinity ? null : new Date(this.newest);
  }

  /** Called when a new connection replaces a dropped one. */
  beginResume(): void {
    this.skipping = new Map(this.atNewest);
    this.floor = this.newest;
  }

  /** True when `line` is new (and records it); false when it was already delivered. */
  accept(line: LogLine): boolean {
    const ts = line.ts.getTime();
    if (this.skipping !== null) {
      if (ts < this.floor) return false;
      if (ts === this.floor) {
        const key = keyOf(line);
        const left = this.skipping.get(key) ?? 0;
        if (left > 0) {
          this.skipping.set(key, left - 1);
          return false;
        }
      }
    }
    this.record(ts, keyOf(line));
    return true;
  }

  private record(ts: number, key: string): void {
    if (ts > this.newest) {
      this.newest = ts;
      this.atNewest = new Map();
    }
    if (ts === this.newest) this.atNewest.set(key, (this.atNewest.get(key) ?? 0) + 1);
  }
}

/**
 * Formatted text by input, kept between the runs of one process (watch mode). Prettier
 * is deterministic under fixed options, so the same input gives the same bytes: a spec
 * edit then reformats only the pieces whose text it changed. Entries the latest run
 * did not use are dropped when the next run ends, so the cache stays the size of one output.
 */
import type { Options } from "prettier";

export class FormatCache {
  private previous = new Map<string, string>();
  private current = new Map<string, string>();

  get(text: string, options: Options): string | undefined {
    const key = cacheKey(text, options);
    const hit = this.current.get(key) ?? this.previous.get(key);
    if (hit !== undefined) this.current.set(key, hit);
    return hit;
  }

  set(text: string, options: Options, formatted: string): void {
    this.current.set(cacheKey(text, options), formatted);
  }

  /** Ends a run: entries it did not use are forgotten after the next one. A run that formatted nothing (a broken spec) forgets nothing. */
  endRun(): void {
    if (this.current.size === 0) return;
    this.previous = this.current;
    this.current = new Map();
  }
}

/** The options that can change prettier's output for our jobs (the rest are fixed per parser). */
function cacheKey(text: string, options: Options): string {
  return `${options.parser as string}\u0000${options.filepath ?? ""}\u0000${text}`;
}

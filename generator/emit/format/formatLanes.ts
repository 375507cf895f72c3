/**
 * Runs prettier jobs on this thread and on worker threads at once. Formatting is most
 * of a large generation's CPU time (megabytes of types and reference for GitHub's
 * description), and prettier runs on one core; the jobs are independent texts, so they are
 * shared out by size. Every lane runs the same pinned prettier with the same options,
 * so where a job runs never changes its bytes.
 */
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Options } from "prettier";
import type { FormatCache } from "./formatCache.js";

export interface FormatJob {
  readonly text: string;
  readonly options: Options;
}

export interface FormatLanes {
  /** Formats every job; results in the order given. */
  formatAll(jobs: readonly FormatJob[]): Promise<string[]>;
  /** Stops the workers. */
  close(): Promise<void>;
  /** The cache jobs are looked up in first, if there is one (watch mode). */
  readonly cache: FormatCache | null;
  /** How many worker threads format (0: this thread does). */
  readonly workers: number;
}

/** One worker per core beyond this thread's, at most three; none on one core. */
function defaultWorkerCount(): number {
  return Math.max(0, Math.min(availableParallelism(), 4) - 1);
}


/** The worker: loads prettier (by absolute URL, so no lookup from the current folder) and formats on request. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const loaded = import(workerData.prettierUrl).then((module) => module.format ?? module.default.format);
let queue = Promise.resolve();
// One job at a time, in the order sent: several in flight would only hold more memory.
parentPort.on("message", ({ id, text, options }) => {
  queue = queue.then(async () => {
    try {
      const format = await loaded;
      parentPort.postMessage({ id, text: await format(text, options) });
    } catch (error) {
      parentPort.postMessage({ id, error: error && error.message ? error.message : String(error) });
    }
  });
});
`;

const PRETTIER_URL = pathToFileURL(createRequire(import.meta.url).resolve("prettier")).href;

/**
 * Formatting lanes; workers start loading prettier right away. With workers, this thread
 * formats nothing, so it stays free for the type check (see emitClient.ts) and never
 * loads prettier itself (tried on GitHub's description: prettier's garbage on this
 * thread's large heap kept its collector busy for a fifth of the run).
 */
export function createFormatLanes(workerCount = defaultWorkerCount(), cache: FormatCache | null = null): FormatLanes {
  const lanes = workerCount > 0 ? new WorkerLanes(workerCount) : new ThisThreadLane();
  return {
    workers: workerCount,
    cache,
    formatAll: (jobs) => (cache ? formatAllCached(jobs, lanes, cache) : lanes.formatAll(jobs)),
    close: () => lanes.close(),
  };
}

interface Lanes {
  /** Results in the order given. */
  formatAll(jobs: readonly FormatJob[]): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Every job is sent at once (a worker keeps busy even while this thread is), largest
 * first, each to the worker with the least text waiting: pieces come one call at a time,
 * so the balance is kept across calls.
 */
class WorkerLanes implements Lanes {
  private readonly workers: WorkerLane[];

  constructor(workerCount: number) {
    this.workers = Array.from({ length: workerCount }, () => new WorkerLane());
  }

  formatAll(jobs: readonly FormatJob[]): Promise<string[]> {
    const results = new Array<Promise<string>>(jobs.length);
    const bySize = jobs.map((_, index) => index).sort((a, b) => (jobs[b]?.text.length ?? 0) - (jobs[a]?.text.length ?? 0));
    for (const index of bySize) results[index] = this.leastBusy().format(jobs[index] as FormatJob);
    return Promise.all(results);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private leastBusy(): WorkerLane {
    return this.workers.reduce((least, worker) => (worker.waitingText < least.waitingText ? worker : least));
  }
}

/** Formats on this thread, one job at a time (pieces in flight together would only hold more memory). */
class ThisThreadLane implements Lanes {
  private last: Promise<unknown> = Promise.resolve();

  formatAll(jobs: readonly FormatJob[]): Promise<string[]> {
    return Promise.all(jobs.map((job) => this.format(job)));
  }

  async close(): Promise<void> {}

  private format(job: FormatJob): Promise<string> {
    const formatted = this.last.then(async () => {
      const { format } = await import("prettier");
      return format(job.text, job.options);
    });
    this.last = formatted.catch(() => undefined);
    return formatted;
  }
}

/** Cached jobs from the cache; the rest formatted on the lanes and remembered. */
async function formatAllCached(jobs: readonly FormatJob[], lanes: Lanes, cache: FormatCache): Promise<string[]> {
  const cached = jobs.map((job) => cache.get(job.text, job.options));
  const missing = jobs.filter((_, index) => cached[index] === undefined);
  const formatted = await lanes.formatAll(missing);
  let next = 0;
  return jobs.map((job, index) => {
    const hit = cached[index];
    if (hit !== undefined) return hit;
    const text = formatted[next++] ?? "";
    cache.set(job.text, job.options, text);
    return text;
  });
}

class WorkerLane {
  private readonly worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { prettierUrl: PRETTIER_URL } });
  private readonly waiting = new Map<number, { resolve: (text: string) => void; reject: (error: Error) => void; length: number }>();
  private nextId = 0;
  /** Text sent and not yet answered. */
  waitingText = 0;

  constructor() {
    // An idle worker must not keep the process alive; a busy one must (see `format`).
    this.worker.unref();
    this.worker.on("message", (message: { id: number; text?: string; error?: string }) => this.settle(message));
    this.worker.on("error", (error) => this.failAll(error));
  }

  format(job: FormatJob): Promise<string> {
    const id = this.nextId++;
    if (this.waiting.size === 0) this.worker.ref();
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, length: job.text.length });
      this.waitingText += job.text.length;
      this.worker.postMessage({ id, text: job.text, options: job.options });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }

  private settle(message: { id: number; text?: string; error?: string }): void {
    const waiter = this.waiting.get(message.id);
    if (!waiter) return;
    this.waiting.delete(message.id);
    this.waitingText -= waiter.length;
    if (this.waiting.size === 0) this.worker.unref();
    if (message.text === undefined) waiter.reject(new Error(`prettier (worker): ${message.error ?? "failed"}`));
    else waiter.resolve(message.text);
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
    this.waitingText = 0;
  }
}

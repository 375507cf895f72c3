/**
 * Waiters per x-waiter: poll the operation until the status at `statusPointer` is one of
 * `done` (resolve with the result) or `failed` (reject with WaiterError carrying the
 * resource). Polls back off from `pollIntervalMs` by half again each time, up to a cap.
 */
import { ArgumentError, WaiterError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import type { Clock } from "./options.js";
import { readPointer } from "./pointer.js";
import type { Execute, RawArgs } from "./execute.js";

/** Given next to the call's own `{ path, query, signal, timeoutMs }` (`timeoutMs` stays per poll). */
export interface WaitOptions<R = unknown> {
  /** Give up (WaiterError, reason "timeout") after this long overall. @default 1800000 (30 min) */
  waitTimeoutMs?: number;
  /** The first pause between polls. @default 2000 */
  pollIntervalMs?: number;
  /** The longest pause between polls. @default 30000 */
  maxPollIntervalMs?: number;
  /** Called after every poll with the status and the resource. */
  onProgress?(status: string, resource: R): void;
}

const BACKOFF_FACTOR = 1.5;

function waiterError(waiter: string, reason: "failed" | "timeout", status: unknown, resource: unknown): WaiterError {
  const state = JSON.stringify(status);
  const message = reason === "failed" ? `the resource reached the failed state ${state}` : `gave up waiting; the last state was ${state}`;
  return new WaiterError(`${waiter}: ${message}`, { waiter, reason, status, resource });
}

function waiterOf(op: OperationSpec) {
  if (op.waiter === null) throw new ArgumentError(`${op.operationId} has no waiter`);
  return op.waiter;
}

export async function waitFor<R>(execute: Execute, clock: Clock, op: OperationSpec, args: RawArgs & WaitOptions<R> = {}): Promise<R> {
  const waiter = waiterOf(op);
  const deadline = clock.now() + (args.waitTimeoutMs ?? 1_800_000);
  const maxInterval = args.maxPollIntervalMs ?? 30_000;
  let interval = Math.min(args.pollIntervalMs ?? 2_000, maxInterval);
  for (;;) {
    const { body } = await execute(op, args);
    const resource = readPointer(body, op.resultPointer) as R;
    const status = readPointer(body, waiter.statusPointer) as string;
    args.onProgress?.(status, resource);
    if (waiter.done.includes(status)) return resource;
    if (waiter.failed.includes(status)) throw waiterError(waiter.name, "failed", status, resource);
    const left = deadline - clock.now();
    if (left <= 0) throw waiterError(waiter.name, "timeout", status, resource);
    await clock.sleep(Math.min(interval, left), args.signal);
    interval = Math.min(interval * BACKOFF_FACTOR, maxInterval);
  }
}

/**
 * The shape of one send-and-receive, shared by the runtime that implements it and the
 * pagination and waiter loops that drive it (in a file of its own so that neither
 * imports the other).
 */
import type { OperationSpec } from "./operation.js";

/** The call arguments as the runtime reads them (generated code has already type-checked them). */
export interface RawArgs {
  readonly path?: Readonly<Record<string, unknown>>;
  readonly query?: Readonly<Record<string, unknown>>;
  readonly header?: Readonly<Record<string, unknown>>;
  readonly cookie?: Readonly<Record<string, unknown>>;
  readonly body?: unknown;
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
}

/** A 2xx outcome: the whole parsed body (pagination and waiters read beyond the result pointer). */
export interface Outcome {
  readonly body: unknown;
  readonly response: Response;
}

export type Execute = (op: OperationSpec, args: RawArgs) => Promise<Outcome>;

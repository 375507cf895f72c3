/**
 * Error bodies typed per status code. `ErrorResponse<Op>` is the union over an operation's
 * non-2xx responses of `{ status, body }`, taken from openapi-typescript's operation type, so
 * that `error.body` narrows on `error.status`; `isOperationError` is the runtime half of the
 * generated, typed `isErrorOf(<operation>, error)`.
 */
import { ApiError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import type { StatusRange, SuccessStatus } from "./status.js";

/** The statuses an API error can carry (redirects are API errors too: the client never follows them). */
type ErrorStatus = StatusRange<3 | 4 | 5>;

type ErrorKeys<R> = Exclude<keyof R, SuccessStatus>;

/** The statuses a response key covers by itself (`default` covers what no other key does). */
type KeyStatuses<K> = K extends number ? K : K extends `${infer H extends number}XX` ? StatusRange<H> : never;
type Covered<R> = KeyStatuses<ErrorKeys<R>>;

type JsonBody<C> = C[Extract<keyof C, `${string}json${string}`>];
/** A JSON body's type; `undefined` without content; `unknown` for content that is not JSON. */
type BodyOf<Response> = Response extends { content: infer C } ? ([JsonBody<C>] extends [never] ? unknown : JsonBody<C>) : undefined;

type Member<R, K extends keyof R> = K extends "default"
  ? { readonly status: Exclude<ErrorStatus, Covered<R>>; readonly body: BodyOf<R[K]> }
  : // A range (`4XX`) gives way to the exact statuses declared beside it.
    { readonly status: K extends number ? K : Exclude<KeyStatuses<K>, Extract<keyof R, number>>; readonly body: BodyOf<R[K]> };

/** Statuses the operation does not declare (when it has no `default`): their body is unknown. */
type Undeclared<R> = "default" extends keyof R ? never : { readonly status: Exclude<ErrorStatus, Covered<R>>; readonly body: unknown };

/**
 * `{ status: 404; body: NotFound } | { status: 409; body: Conflict } | ...` for an
 * operation of openapi-typescript's `paths`. A `4XX` range stands for its statuses not
 * declared exactly; `default`, and undeclared statuses, for the rest of 300-599.
 */
export type ErrorResponse<Op> = Op extends { responses: infer R }
  ? { [K in ErrorKeys<R>]: Member<R, K> }[ErrorKeys<R>] | Undeclared<R>
  : { readonly status: ErrorStatus; readonly body: unknown };

/**
 * The operation type `paths[path][method]` that a descriptor (an `...Operation` constant)
 * stands for; `unknown` for a descriptor whose path and method are not literal types, whose
 * errors then have an unknown body rather than none.
 */
export type OperationIn<Paths, O extends OperationSpec> = O["path"] extends keyof Paths
  ? O["method"] extends keyof Paths[O["path"]]
    ? Paths[O["path"]][O["method"]]
    : unknown
  : unknown;

/** An API error of one operation, its `status` and `body` typed together. */
export type ApiErrorOf<Op> = ApiError & ErrorResponse<Op>;

/** Whether `error` is the API error (a non-2xx answer) of a call of `op`. */
export function isOperationError(op: OperationSpec, error: unknown): error is ApiError {
  return error instanceof ApiError && error.operationId === op.operationId;
}

/**
 * What the generator tells the runtime about one operation (OperationSpec, plain data taken
 * from the spec), and the argument and result types it derives from openapi-typescript's
 * `paths[path][method]`. See docs/runtime-contract.md.
 */

import type { Security } from "./profile.js";
import type { SuccessStatus } from "./status.js";

export type HttpMethod = "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace";

/** x-scoped-paths: the same operation under another path family, e.g. the team scope. */
export interface ScopedPath {
  readonly path: string;
  /** The scope's own path parameters (e.g. ["teamId"]); supplying all of them selects `path`. */
  readonly parameters: readonly string[];
}

/** x-pagination. All pointers are JSON pointers into the 2xx body. */
export interface PaginationSpec {
  readonly cursorParam: string;
  readonly cursorPointer: string;
  readonly hasNextPagePointer: string;
  readonly itemsPointer: string;
}

/** x-waiter. `statusPointer` points into the 2xx body. */
export interface WaiterSpec {
  readonly name: string;
  readonly statusPointer: string;
  readonly done: readonly string[];
  readonly failed: readonly string[];
}

export interface OperationSpec {
  readonly operationId: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** x-idempotent, else HTTP semantics: may a 5xx, timeout or reset after sending be retried? */
  readonly idempotent: boolean;
  readonly scopedPaths: Readonly<Record<string, ScopedPath>>;
  /** x-result-pointer into the 2xx body; null resolves the whole body. */
  readonly resultPointer: string | null;
  /** The request body's media type; null when the operation takes no body. */
  readonly requestMediaType: string | null;
  readonly responseParse: "json" | "text" | "blob" | "arrayBuffer" | "stream";
  readonly pagination: PaginationSpec | null;
  readonly waiter: WaiterSpec | null;
  /**
   * Query parameters whose `style`/`explode` differ from what the runtime does unasked (arrays
   * form + explode, objects deepObject): present only on operations that have such parameters,
   * since every descriptor's bytes are paid in every bundle that holds it.
   */
  readonly queryStyles?: Readonly<Record<string, QueryStyle>>;
  /** The operation's own `security`, present only where it differs from the profile's (`[]`: none). */
  readonly security?: Security;
}

/** How one query parameter is written (OpenAPI 3.1 §4.8.12.4, query styles only). */
export interface QueryStyle {
  readonly style: "form" | "deepObject" | "pipeDelimited" | "spaceDelimited";
  readonly explode: boolean;
}


/** What a raw (non-JSON, non-form) body may be. */
export type BinaryBody = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | string;

/** The per-call options every operation takes. */
export interface CallOptions {
  /** Cancels the call, its retries and waits; the call rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Overrides the client's timeoutMs for each attempt of this call. */
  timeoutMs?: number;
}

/** `V` without `undefined`, or never when the operation has no such parameters (`query?: never`). */
type ParametersIn<Op, Where extends string> = Op extends { parameters: infer P }
  ? Where extends keyof P
    ? Exclude<P[Where], undefined>
    : never
  : never;

/** `{ name: V }` when V has a required key, `{ name?: V }` when none, `{ name?: never }` when there is no V. */
type Slot<Name extends string, V> = [V] extends [never]
  ? { [K in Name]?: never }
  : {} extends V
    ? { [K in Name]?: V }
    : { [K in Name]: V };

type PathValue<P, Scope> = [P] extends [never]
  ? [keyof Scope] extends [never]
    ? never
    : Partial<Scope>
  : P & Partial<Scope>;

/** Media types whose schema describes something other than the bytes sent. */
type MediaValue<C> = {
  [M in keyof C]: M extends "application/octet-stream"
    ? BinaryBody
    : M extends "multipart/form-data"
      ? { [F in keyof C[M]]: C[M][F] | Blob } | FormData
      : C[M];
}[keyof C];

type RequestBodyOf<Op> = Op extends { requestBody?: infer R } ? Exclude<R, undefined> : never;

type BodyValue<Op> = [RequestBodyOf<Op>] extends [never]
  ? never
  : RequestBodyOf<Op> extends { content: infer C }
    ? MediaValue<C>
    : never;

type BodySlot<Op> = [BodyValue<Op>] extends [never]
  ? { body?: never }
  : Op extends { requestBody: unknown }
    ? { body: BodyValue<Op> }
    : { body?: BodyValue<Op> };

/**
 * The one argument object of a call, `{ path, query, header, cookie, body, signal, timeoutMs }`,
 * built from openapi-typescript's operation type. Each of path/query/header/cookie/body is
 * required exactly when the operation has required members in it, and typed `?: never` when
 * the operation has none. `ScopeParams` (e.g. `{ teamId: string }`) are accepted, optional,
 * in `path`; supplying all of them selects the scoped path.
 */
export type CallArgs<Op, ScopeParams extends Record<string, unknown> = {}> = Slot<
  "path",
  PathValue<ParametersIn<Op, "path">, ScopeParams>
> &
  Slot<"query", ParametersIn<Op, "query">> &
  Slot<"header", ParametersIn<Op, "header">> &
  Slot<"cookie", ParametersIn<Op, "cookie">> &
  BodySlot<Op> &
  CallOptions;

type JsonContent<C> = C[Extract<keyof C, `${string}json${string}`>];

/** The union of the operation's 2xx JSON response bodies; `undefined` for a 2xx without content. */
export type SuccessBody<Op> = Op extends { responses: infer R }
  ? {
      [S in keyof R & SuccessStatus]: R[S] extends { content: infer C } ? JsonContent<C> : undefined;
    }[keyof R & SuccessStatus]
  : never;

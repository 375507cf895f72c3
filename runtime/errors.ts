/**
 * The errors a call can reject with. Each one names the operation, method and path template
 * (never a credential), survives JSON.stringify with its fields, and keeps the underlying error
 * as `cause` (non-enumerable, as `Error` installs it).
 *
 * Fields are declared (`declare`) and set by one Object.assign in the base class: the same
 * public shape, at a fraction of the bundle size of per-class assignments.
 */
import type { RateLimitState } from "./rate-limit.js";

/** Which request an error belongs to. */
export interface RequestLabel {
  readonly operationId: string;
  /** Upper case, e.g. "POST". */
  readonly method: string;
  /** The path template that was used, e.g. "/v1/projects/{projectId}" or its team-scoped form. */
  readonly pathTemplate: string;
}

/** Base class: `catch (e) { if (e instanceof ApiClientError) ... }` catches everything this client throws. */
export class ApiClientError extends Error {
  constructor(message: string, fields?: object, cause?: unknown) {
    super(message, cause === undefined ? undefined : { cause });
    Object.assign(this, fields);
  }
  /** Own fields plus name and message, so logs that JSON-encode errors keep them. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }
}

/** A bad client option, found when the client is created (for example, no credentials). */
export class ConfigError extends ApiClientError {}

/** Call arguments that cannot make a safe request (missing path value, "..", unencodable value); nothing was sent. */
export class ArgumentError extends ApiClientError {}

/** The API answered with a non-2xx status, or with a 2xx body that is not the JSON it promised. */
export class ApiError extends ApiClientError implements RequestLabel {
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly pathTemplate: string;
  declare readonly status: number;
  /** The server's `error.message` (a `{ error: { message, id, details } }` body), else a short excerpt of the body. */
  declare readonly apiMessage: string;
  /** The server's error id (`error.id`), when it sent one. */
  declare readonly errorId: string | undefined;
  /** The server's `error.details`, when it sent them. */
  declare readonly details: unknown;
  /** The rate-limit state after this response. */
  declare readonly rateLimit: RateLimitState | null;
  /** The server's Retry-After, in milliseconds, when it sent one. */
  declare readonly retryAfterMs: number | null;
  /**
   * The response body parsed as JSON; undefined when there was none or it was not JSON. Typed
   * per status by the generated `isErrorOf(<operation>, error)`.
   */
  declare readonly body: unknown;
}

/**
 * The API answered with a redirect (3xx). The client never follows one: a request and its
 * body (and the token) go only to the configured origin, so a redirect is reported instead.
 */
export class RedirectError extends ApiError {
  /** The `Location` the server sent; `null` when it sent none or the platform hides it. */
  declare readonly location: string | null;
}

/** The response body was larger than the client's `maxResponseBytes`; reading stopped there. Never retried. */
export class ResponseTooLargeError extends ApiClientError implements RequestLabel {
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly pathTemplate: string;
  declare readonly status: number;
  declare readonly maxResponseBytes: number;
}

/** The connection failed. `requestSent` is false only when the request certainly never left (refused, DNS). */
export class NetworkError extends ApiClientError implements RequestLabel {
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly pathTemplate: string;
  declare readonly requestSent: boolean;
  /** The system error code, e.g. "ECONNREFUSED", "UND_ERR_SOCKET", when there is one. */
  declare readonly code: string | undefined;
}

/** One attempt took longer than its timeout (the clock starts per attempt). */
export class RequestTimeoutError extends ApiClientError implements RequestLabel {
  declare readonly operationId: string;
  declare readonly method: string;
  declare readonly pathTemplate: string;
  declare readonly timeoutMs: number;
}

/** A waiter saw a failed state, or ran out of time; `resource` is the last resource it fetched. */
export class WaiterError extends ApiClientError {
  /** The waiter's name, e.g. "waitForJobRun". */
  declare readonly waiter: string;
  declare readonly reason: "failed" | "timeout";
  declare readonly status: unknown;
  declare readonly resource: unknown;
}

// Names set on the prototypes, not taken from class names, so minified bundles keep them.
for (const [ErrorClass, name] of [
  [ApiClientError, "ApiClientError"],
  [ConfigError, "ConfigError"],
  [ArgumentError, "ArgumentError"],
  [ApiError, "ApiError"],
  [RedirectError, "RedirectError"],
  [ResponseTooLargeError, "ResponseTooLargeError"],
  [NetworkError, "NetworkError"],
  [RequestTimeoutError, "RequestTimeoutError"],
  [WaiterError, "WaiterError"],
] as const) {
  ErrorClass.prototype.name = name;
}

/** "createProject (POST /v1/projects)": how every request error starts. */
export function describeRequest(label: RequestLabel): string {
  return `${label.operationId} (${label.method} ${label.pathTemplate})`;
}

/** The error code of a Node or undici error, looking one level into `cause` (fetch wraps them). */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code ?? (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === "string" ? code : undefined;
}

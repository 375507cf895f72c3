/**
 * The errors a call can reject with. Each one names the operation, method and path template
 * (never a filled-in URL's secrets, never the token), survives JSON.stringify with its fields,
 * and keeps the underlying error as `cause` (non-enumerable, as `Error` installs it).
 */
import type { RateLimitState } from "./rate-limit.js";

/** Which request an error belongs to. */
export interface RequestLabel {
  readonly operationId: string;
  /** Upper case, e.g. "POST". */
  readonly method: string;
  /** The path template that was used, e.g. "/v1/projects/{projectId}". */
  readonly pathTemplate: string;
}

/** Base class: `catch (e) { if (e instanceof NorthflankError) ... }` catches everything this client throws. */
export class NorthflankError extends Error {
  /** Own fields plus name and message, so logs that JSON-encode errors keep them. */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }
}
// Set on the prototype (not by class name) so minified bundles keep readable names.
NorthflankError.prototype.name = "NorthflankError";

/** A bad client option, found when the client is created (for example, no token). */
export class NorthflankConfigError extends NorthflankError {}
NorthflankConfigError.prototype.name = "NorthflankConfigError";

/** Call arguments that cannot make a safe request (missing path value, "..", unencodable value); nothing was sent. */
export class NorthflankArgumentError extends NorthflankError {}
NorthflankArgumentError.prototype.name = "NorthflankArgumentError";

function describe(label: RequestLabel): string {
  return `${label.operationId} (${label.method} ${label.pathTemplate})`;
}

/** The API answered with a non-2xx status, or with a 2xx body that is not the JSON it promised. */
export class NorthflankApiError extends NorthflankError implements RequestLabel {
  readonly operationId: string;
  readonly method: string;
  readonly pathTemplate: string;
  constructor(
    label: RequestLabel,
    readonly status: number,
    /** Northflank's message, or a short excerpt of a body that is not Northflank's error JSON. */
    readonly apiMessage: string,
    /** Northflank's error id (`error.id`), when it sent one. */
    readonly errorId: string | undefined,
    /** Northflank's `error.details`, when it sent them. */
    readonly details: unknown,
    /** The rate-limit state after this response. */
    readonly rateLimit: RateLimitState | null,
    /** The server's Retry-After, in milliseconds, when it sent one. */
    readonly retryAfterMs: number | null,
  ) {
    super(`${describe(label)} failed with status ${status}${apiMessage ? `: ${apiMessage}` : ""}`);
    this.operationId = label.operationId;
    this.method = label.method;
    this.pathTemplate = label.pathTemplate;
  }
}
NorthflankApiError.prototype.name = "NorthflankApiError";

/** The connection failed. `requestSent` is false only when the request certainly never left (refused, DNS). */
export class NorthflankNetworkError extends NorthflankError implements RequestLabel {
  readonly operationId: string;
  readonly method: string;
  readonly pathTemplate: string;
  /** The system error code, e.g. "ECONNREFUSED", "UND_ERR_SOCKET", when there is one. */
  readonly code: string | undefined;
  constructor(label: RequestLabel, readonly requestSent: boolean, cause: unknown) {
    const code = errorCode(cause);
    const reason = cause instanceof Error ? (cause.cause instanceof Error ? cause.cause.message : cause.message) : String(cause);
    super(`${describe(label)}: network error${requestSent ? "" : " before sending"}: ${reason}`, { cause });
    this.operationId = label.operationId;
    this.method = label.method;
    this.pathTemplate = label.pathTemplate;
    this.code = code;
  }
}
NorthflankNetworkError.prototype.name = "NorthflankNetworkError";

/** One attempt took longer than its timeout (the clock starts per attempt). */
export class NorthflankTimeoutError extends NorthflankError implements RequestLabel {
  readonly operationId: string;
  readonly method: string;
  readonly pathTemplate: string;
  constructor(label: RequestLabel, readonly timeoutMs: number, cause: unknown) {
    super(`${describe(label)} timed out after ${timeoutMs} ms`, { cause });
    this.operationId = label.operationId;
    this.method = label.method;
    this.pathTemplate = label.pathTemplate;
  }
}
NorthflankTimeoutError.prototype.name = "NorthflankTimeoutError";

/** A waiter saw a failed state, or ran out of time; `resource` is the last resource it fetched. */
export class NorthflankWaiterError extends NorthflankError {
  constructor(
    readonly waiter: string,
    readonly reason: "failed" | "timeout",
    readonly status: unknown,
    readonly resource: unknown,
  ) {
    super(
      reason === "failed"
        ? `${waiter}: the resource reached the failed state ${JSON.stringify(status)}`
        : `${waiter}: gave up waiting; the last state was ${JSON.stringify(status)}`,
    );
  }
}
NorthflankWaiterError.prototype.name = "NorthflankWaiterError";

/** The error code of a Node or undici error, looking one level into `cause` (fetch wraps them). */
export function errorCode(error: unknown): string | undefined {
  const own = (error as { code?: unknown } | null)?.code;
  if (typeof own === "string") return own;
  const inner = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof inner === "string" ? inner : undefined;
}

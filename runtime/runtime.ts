/**
 * The runtime: one openapi-fetch client per runtime, and the loop that sends one call
 * (path, query, body, per-attempt timeout, abort), reads the rate limit from every response,
 * turns failures into typed errors, and retries what is safe to retry.
 */
import createClient, { createQuerySerializer } from "openapi-fetch";
import { encodeBody, isJsonMediaType } from "./body.js";
import {
  describeRequest,
  ApiError,
  ArgumentError,
  ApiClientError,
  NetworkError,
  ResponseTooLargeError,
  RequestTimeoutError,
  errorCode,
  type RequestLabel,
} from "./errors.js";
import type { Execute, Outcome, RawArgs } from "./execute.js";
import type { OperationSpec } from "./operation.js";
import { resolveOptions, type ClientOptions, type ResolvedOptions } from "./options.js";
import { itemsOf, pagesOf } from "./pagination.js";
import { readPointer } from "./pointer.js";
import { parseRetryAfter, RateLimitTracker, type RateLimitState } from "./rate-limit.js";
import { apiError, isRedirect, notJsonError, NOT_JSON, parseJsonBody, redirectError } from "./response.js";
import { createRedactor } from "./redaction.js";
import { limitBody } from "./bodyLimit.js";
import { isNotSentCode, retryDelay } from "./retry.js";
import { parameterHeaders } from "./headers.js";
import { selectPathTemplate, fillTemplate } from "./url.js";
import { styledQuerySerializer, type QuerySerializer } from "./query.js";
import { waitFor } from "./waiter.js";
import { authFor, missingCredentials, type Auth } from "./auth.js";
import { BEARER_PROFILE, type RuntimeProfile } from "./profile.js";

/** What a call resolves to with `callWithResponse`: the result, the raw Response, and the rate limit after it. */
export interface CallResponse<R> {
  readonly data: R;
  readonly response: Response;
  readonly rateLimit: RateLimitState | null;
}

export interface Runtime {
  call<R>(op: OperationSpec, args: unknown): Promise<R>;
  callWithResponse<R>(op: OperationSpec, args: unknown): Promise<CallResponse<R>>;
  /** Each page's result (the value at the result pointer), following the cursor. */
  pages<Page>(op: OperationSpec, args: unknown): AsyncIterableIterator<Page>;
  /** Every item of every page (the array at the pagination's itemsPointer). */
  items<Item>(op: OperationSpec, args: unknown): AsyncIterableIterator<Item>;
  /** Polls `op` until its waiter's done state (resolves) or failed state (rejects); args also take WaitOptions. */
  wait<R>(op: OperationSpec, args: unknown): Promise<R>;
  /** The rate limit as of the latest response of any call of this runtime; null before the first. */
  readonly rateLimit: RateLimitState | null;
}

interface FetchInit {
  /** `header` is merged over the client's headers; headers.ts refuses the names the runtime owns. */
  params: { query: RawArgs["query"]; header?: Record<string, string> };
  parseAs: string;
  /** Only for operations with queryStyles; the others use the client's serializer. */
  querySerializer?: QuerySerializer;
  body?: unknown;
  bodySerializer?: (body: unknown) => unknown;
  /** Merged over the client's headers; a null value removes one (an operation's own security). */
  headers?: Record<string, string | null>;
  duplex?: "half";
  fetch?: (request: Request) => Promise<Response>;
}

interface RawClient {
  request(method: string, url: string, init: FetchInit): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

const NO_ARGS: RawArgs = {};
const UPPER: Record<string, string> = {};
const TIMED_OUT = new DOMException("The request timed out", "TimeoutError");

function abortForTimeout(controller: AbortController): void {
  controller.abort(TIMED_OUT);
}

function passBodyThrough(body: unknown): unknown {
  return body;
}

function upper(method: string): string {
  return (UPPER[method] ??= method.toUpperCase());
}

function labelOf(op: OperationSpec, pathTemplate: string): RequestLabel {
  return { operationId: op.operationId, method: upper(op.method), pathTemplate };
}

/** Marks an error thrown by fetch itself, as opposed to one thrown while building the request. */
class SendFailure {
  constructor(readonly error: unknown) {}
}

/** Links the caller's signal to one attempt's controller; returns the unlink function. */
function follow(signal: AbortSignal, controller: AbortController): () => void {
  const abort = (): void => controller.abort(signal.reason);
  if (signal.aborted) abort();
  else signal.addEventListener("abort", abort, { once: true });
  return () => signal.removeEventListener("abort", abort);
}

function networkError(label: RequestLabel, requestSent: boolean, cause: unknown): NetworkError {
  // undici's "fetch failed" says less than its cause ("connect ECONNREFUSED 127.0.0.1:80").
  const inner = (cause as { cause?: unknown } | null)?.cause;
  const reason = inner instanceof Error ? inner.message : cause instanceof Error ? cause.message : String(cause);
  const message = `${describeRequest(label)}: network error${requestSent ? "" : " before sending"}: ${reason}`;
  return new NetworkError(message, { ...label, requestSent, code: errorCode(cause) }, cause);
}

/** An error thrown by openapi-fetch during one attempt, as the error the caller should see. */
function classifyFailure(error: unknown, attempt: AbortSignal, label: RequestLabel, timeoutMs: number): unknown {
  if (attempt.aborted) {
    if (attempt.reason !== TIMED_OUT) return attempt.reason;
    return new RequestTimeoutError(`${describeRequest(label)} timed out after ${timeoutMs} ms`, { ...label, timeoutMs }, TIMED_OUT);
  }
  // Already typed (a body over the size cap, raised while openapi-fetch read it).
  if (error instanceof ApiClientError) return error;
  if (error instanceof SendFailure) return networkError(label, !isNotSentCode(errorCode(error.error)), error.error);
  // Anything else with a system code (or undici's "terminated") broke while reading the response.
  if (errorCode(error) !== undefined || (error instanceof TypeError && error.cause !== undefined)) {
    return networkError(label, true, error);
  }
  return new ArgumentError(`${label.operationId}: could not build the request: ${(error as Error).message}`, undefined, error);
}

function checkTimeout(op: OperationSpec, timeoutMs: number | undefined, fallback: number): number {
  if (timeoutMs === undefined) return fallback;
  if (typeof timeoutMs !== "number" || !(timeoutMs >= 1)) {
    throw new ArgumentError(`${op.operationId}: timeoutMs must be a number >= 1, got ${String(timeoutMs)}`);
  }
  return timeoutMs;
}

/**
 * The credentials of one call: the client's (`headers` null: the client's default headers
 * carry them), or an operation's own security's, whose `headers` remove the client's
 * (null values) and add its own.
 */
interface CallAuth {
  readonly auth: Auth;
  readonly headers: Readonly<Record<string, string | null>> | null;
  /** The runtime's headers as hook payloads show them. */
  readonly hookHeaders: Readonly<Record<string, string>>;
}

/**
 * openapi-fetch's options for one call: credentials in query and cookie (see CallAuth), header and cookie arguments as headers (headers.ts),
 * JSON bodies through openapi-fetch's serializer, others as built by body.ts.
 */
function fetchInit(op: OperationSpec, args: RawArgs, { auth, headers }: CallAuth, serializeQuery: QuerySerializer): { init: FetchInit; replayable: boolean } {
  const query = auth.query === null ? args.query : { ...args.query, ...auth.query };
  const init: FetchInit = { params: { query }, parseAs: op.responseParse === "json" ? "text" : op.responseParse };
  if (op.queryStyles !== undefined) init.querySerializer = styledQuerySerializer(op.queryStyles, serializeQuery);
  if (headers !== null) init.headers = { ...headers };
  const parameters = args.header !== undefined || args.cookie !== undefined ? parameterHeaders(op.operationId, args.header, args.cookie) : null;
  if (auth.cookie !== null) {
    const cookie = parameters?.Cookie === undefined ? auth.cookie : `${parameters.Cookie}; ${auth.cookie}`;
    init.params.header = { ...parameters, Cookie: cookie };
  } else if (parameters !== null) init.params.header = parameters;
  const mediaType = op.requestMediaType;
  if (mediaType === null || args.body === undefined) return { init, replayable: true };
  if (isJsonMediaType(mediaType)) {
    init.body = args.body;
    if (mediaType !== "application/json") init.headers = { ...init.headers, "Content-Type": mediaType };
    return { init, replayable: true };
  }
  const encoded = encodeBody(mediaType, args.body, op.operationId);
  init.body = encoded.body;
  init.bodySerializer = passBodyThrough;
  // FormData needs fetch to write its boundary; openapi-fetch only leaves Content-Type unset for FormData.
  if (encoded.contentType !== null) init.headers = { ...init.headers, "Content-Type": encoded.contentType };
  if (encoded.body instanceof ReadableStream) init.duplex = "half";
  return { init, replayable: encoded.replayable };
}

/** The wait pacing asks for is longer than the call may wait: fail now rather than sleep for hours. */
function pacingError(label: RequestLabel, timeoutMs: number, limitMs: number): RequestTimeoutError {
  const message = `${describeRequest(label)}: pacing would hold the request past ${limitMs} ms (its timeoutMs or rateLimit.maxWaitMs) for the rate-limit window to reset`;
  return new RequestTimeoutError(message, { ...label, timeoutMs });
}

function tooLargeError(label: RequestLabel, maxResponseBytes: number): (status: number) => ResponseTooLargeError {
  return (status) =>
    new ResponseTooLargeError(`${describeRequest(label)}: the response (status ${status}) is larger than maxResponseBytes (${maxResponseBytes}); reading stopped`, {
      ...label,
      status,
      maxResponseBytes,
    });
}

export function createRuntime(options?: ClientOptions, profile: RuntimeProfile = BEARER_PROFILE): Runtime {
  const config: ResolvedOptions = resolveOptions(options, profile);
  const { clock, hooks } = config;
  const redactor = createRedactor(config.secrets);
  const scrubbed = (error: unknown): never => {
    throw redactor.error(error);
  };
  const tracker = new RateLimitTracker(config.pacingThreshold);
  const serializeQuery = createQuerySerializer();
  const userFetch = config.fetch;
  const ownHeaders = { Accept: "application/json", "User-Agent": config.userAgent };
  // Hook payloads show the credentials' headers with the credentials redacted ("Bearer [redacted]").
  const hookHeaders = (auth: Auth): CallAuth["hookHeaders"] => Object.freeze({ ...redactor.value(auth.headers), ...ownHeaders });
  const clientAuth: CallAuth = { auth: config.auth, headers: null, hookHeaders: hookHeaders(config.auth) };
  const operationAuth = new WeakMap<OperationSpec, CallAuth>();

  /** An operation's own `security` (only present when it differs from the profile's), resolved once. */
  function callAuth(op: OperationSpec): CallAuth {
    if (op.security === undefined) return clientAuth;
    let found = operationAuth.get(op);
    if (found === undefined) {
      const { schemes = {}, envPrefix } = profile;
      const auth = authFor(op.security, schemes, config.credentials);
      if (auth === null) throw new ArgumentError(`${op.operationId}: ${missingCredentials(op.security, schemes, envPrefix)}`);
      const headers: Record<string, string | null> = {};
      for (const name in config.auth.headers) headers[name] = null;
      found = { auth, headers: Object.assign(headers, auth.headers), hookHeaders: hookHeaders(auth) };
      operationAuth.set(op, found);
    }
    return found;
  }

  /**
   * The attempt's signal goes to fetch, not into openapi-fetch's Request: fetch re-wraps its
   * input in a Request anyway, and a signal on both would make undici link two of them per call.
   * Redirects come back unfollowed (a request, its body and the token go to baseUrl's origin
   * only), and the body is read through the size cap.
   */
  async function send(request: Request, signal: AbortSignal, tooLarge: (status: number) => Error): Promise<Response> {
    let response: Response;
    try {
      response = await userFetch(request, { signal, redirect: "manual" });
    } catch (error) {
      throw new SendFailure(error);
    }
    return limitBody(response, config.maxResponseBytes, tooLarge);
  }

  const client = createClient({
    baseUrl: config.baseUrl,
    // A function (not options) so openapi-fetch does not build a serializer per call.
    querySerializer: serializeQuery,
    headers: { ...ownHeaders, ...config.auth.headers },
  }) as unknown as RawClient;

  function notifyRequest(op: OperationSpec, path: string, init: FetchInit, headers: CallAuth["hookHeaders"], attempt: number): void {
    const { query } = init.params;
    const search = query === undefined ? "" : (init.querySerializer ?? serializeQuery)(query);
    // The query may hold an API key.
    const url = redactor.text(`${config.baseUrl}${path}${search ? `?${search}` : ""}`);
    hooks.onRequest!({ operationId: op.operationId, method: upper(op.method), url, headers, attempt });
  }

  /** One attempt: send, read the rate limit, and resolve with the 2xx outcome or reject with a typed error. */
  async function attemptOnce(
    op: OperationSpec,
    template: string,
    path: string,
    init: FetchInit,
    hookHeaders: CallAuth["hookHeaders"],
    signal: AbortSignal | undefined,
    timeoutMs: number,
    attempt: number,
  ): Promise<Outcome> {
    const controller = new AbortController();
    const tooLarge = tooLargeError(labelOf(op, template), config.maxResponseBytes);
    init.fetch = (request) => send(request, controller.signal, tooLarge);
    const timer = setTimeout(abortForTimeout, timeoutMs, controller);
    const unfollow = signal === undefined ? undefined : follow(signal, controller);
    const started = hooks.onResponse === undefined ? 0 : clock.now();
    if (hooks.onRequest !== undefined) notifyRequest(op, path, init, hookHeaders, attempt);
    let result: Awaited<ReturnType<RawClient["request"]>>;
    try {
      result = await client.request(op.method, path, init);
    } catch (error) {
      throw classifyFailure(error, controller.signal, labelOf(op, template), timeoutMs);
    } finally {
      clearTimeout(timer);
      unfollow?.();
    }
    const { response } = result;
    const now = clock.now();
    tracker.observe(response.headers, now);
    hooks.onResponse?.({
      operationId: op.operationId,
      method: upper(op.method),
      url: redactor.text(response.url),
      status: response.status,
      attempt,
      durationMs: now - started,
      rateLimit: tracker.state,
    });
    if (isRedirect(response)) throw redirectError(labelOf(op, template), response, tracker.state);
    if (!response.ok) {
      throw apiError(labelOf(op, template), response, result.error, tracker.state, parseRetryAfter(response.headers, now));
    }
    if (op.responseParse !== "json") return { body: result.data, response };
    const body = parseJsonBody(result.data);
    if (body === NOT_JSON) throw notJsonError(labelOf(op, template), response, result.data as string, tracker.state);
    return { body, response };
  }

  /**
   * What the server asked us to wait before retrying: Retry-After, else a 429's rate-limit
   * reset; `null` (back off as usual) when it asked for nothing usable, such as a reset in the past.
   */
  function serverWait(error: unknown): number | null {
    if (!(error instanceof ApiError)) return null;
    if (error.retryAfterMs !== null) return error.retryAfterMs;
    if (error.status !== 429 || error.rateLimit === null) return null;
    const untilReset = error.rateLimit.resetAt - clock.now();
    return untilReset > 0 ? untilReset : null;
  }

  const sendWithRetries: Execute = async (op, args = NO_ARGS) => {
    const template = selectPathTemplate(op, args.path);
    const path = fillTemplate(op.operationId, template, args.path);
    const timeoutMs = checkTimeout(op, args.timeoutMs, config.timeoutMs);
    const auth = callAuth(op);
    const { init, replayable } = fetchInit(op, args, auth, serializeQuery);
    const { signal } = args;
    const maxPacingMs = Math.min(timeoutMs, config.retry.maxWaitMs);
    for (let attempt = 1; ; attempt++) {
      const pause = tracker.pacingDelay(clock.now(), maxPacingMs);
      if (pause === null) throw pacingError(labelOf(op, template), timeoutMs, maxPacingMs);
      if (pause > 0) await clock.sleep(pause, signal);
      try {
        return await attemptOnce(op, template, path, init, auth.hookHeaders, signal, timeoutMs, attempt);
      } catch (failure) {
        const error = redactor.error(failure);
        const delayMs = replayable ? retryDelay(config.retry, error, op.idempotent, attempt, serverWait(error)) : null;
        if (delayMs === null) throw error;
        hooks.onRetry?.({ operationId: op.operationId, method: upper(op.method), attempt, delayMs, error: error as ApiClientError });
        await clock.sleep(delayMs, signal);
      }
    }
  };
  const execute: Execute = (op, args) => sendWithRetries(op, args).catch(scrubbed);

  return {
    async call<R>(op: OperationSpec, args: unknown): Promise<R> {
      const { body } = await execute(op, args as RawArgs);
      return readPointer(body, op.resultPointer) as R;
    },
    async callWithResponse<R>(op: OperationSpec, args: unknown): Promise<CallResponse<R>> {
      const { body, response } = await execute(op, args as RawArgs);
      return { data: readPointer(body, op.resultPointer) as R, response, rateLimit: tracker.state };
    },
    pages: <Page>(op: OperationSpec, args: unknown) => pagesOf<Page>(execute, op, args as RawArgs),
    items: <Item>(op: OperationSpec, args: unknown) => itemsOf<Item>(execute, op, args as RawArgs),
    wait: <R>(op: OperationSpec, args: unknown) => waitFor<R>(execute, clock, op, args as RawArgs).catch(scrubbed),
    get rateLimit() {
      return tracker.state;
    },
  };
}

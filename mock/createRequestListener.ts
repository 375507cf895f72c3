/**
 * The request pipeline, in Northflank's order: credentials (401: the route's operation's
 * security, else the document's, see http/credentials.ts), rate limit (429), route (404,
 * 405), path and query parameters (400), JSON body (400), then the operation's handler
 * (200). Every response carries the `x-ratelimit-*` headers.
 * A request that changes state does so in a store transaction that also covers
 * writing its answer as JSON: it succeeds whole or changes nothing.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { checkCredentials, type MockSecurity } from "./http/credentials.js";
import { MockHttpError } from "./http/mockHttpError.js";
import type { RateLimiter } from "./http/rateLimiter.js";
import { readJsonBody } from "./http/readJsonBody.js";
import { sendJson, sendJsonText } from "./http/sendJson.js";
import type { OperationHandler } from "./handlers/handlerContext.js";
import type { RouteMatch, RouteTable, RouteTarget } from "./routing/routeTable.js";
import type { MockStore } from "./state/mockStore.js";
import type { ProgressionTiming } from "./state/progression.js";
import type { Json } from "./state/records.js";
import { validationMessage, type ValidationDetail } from "./validation/formatValidationErrors.js";
import type { RequestParams, RequestValidator } from "./validation/createRequestValidator.js";

export interface MockApp {
  readonly routes: RouteTable;
  readonly validator: RequestValidator;
  readonly handlers: Readonly<Record<string, OperationHandler>>;
  readonly store: MockStore;
  readonly rateLimiter: RateLimiter;
  /** What requests must present; its `token` also gates the streaming endpoints. */
  readonly security: MockSecurity;
  readonly timing: ProgressionTiming;
  readonly now: () => number;
}

export function createRequestListener(app: MockApp): RequestListener {
  return (request, response) => {
    handle(app, request, response).catch((error: unknown) => answerError(response, {}, error));
  };
}

async function handle(app: MockApp, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = request.url ?? "/";
  const queryStart = url.indexOf("?");
  const pathname = queryStart === -1 ? url : url.slice(0, queryStart);
  const search = queryStart === -1 ? "" : url.slice(queryStart + 1);
  const match = app.routes.match(request.method ?? "GET", pathname);
  const required = (match.kind === "found" ? match.target.operation.security : null) ?? app.security.document;
  const credentials = checkCredentials(request, new URLSearchParams(search), required, app.security);
  if (!credentials.ok) {
    request.resume();
    return answerError(response, app.rateLimiter.peek(), new MockHttpError(401, credentials.message, "unauthorized"));
  }
  const verdict = app.rateLimiter.take(credentials.budget);
  const headers = verdict.headers;
  try {
    if (!verdict.allowed) {
      throw new MockHttpError(429, `Too many requests: the budget of ${headers["x-ratelimit-limit"]} requests is spent; it resets in ${headers["x-ratelimit-reset"]} s`, "rate-limit-exceeded");
    }
    const text = await answer(app, request, pathname, search, match);
    sendJsonText(response, 200, headers, text);
  } catch (error) {
    request.resume();
    answerError(response, headers, error);
  }
}

/** The 200 answer's JSON text. */
async function answer(app: MockApp, request: IncomingMessage, pathname: string, search: string, match: RouteMatch): Promise<string> {
  if (match.kind === "not-found") throw new MockHttpError(404, `No endpoint ${request.method} ${pathname}`, "route-not-found");
  if (match.kind === "wrong-method") {
    throw new MockHttpError(405, `${request.method} is not allowed on ${pathname}; allowed: ${match.allowed.join(", ")}`, "method-not-allowed", undefined, {
      allow: match.allowed.join(", "),
    });
  }
  const { target } = match;
  const params: RequestParams = { path: match.params, query: readQuery(search) };
  rejectInvalid(app.validator.checkParams(target.operation, target.scope, params));
  const body = target.operation.requestBody === null ? (request.resume(), undefined) : await readJsonBody(request);
  rejectInvalid(app.validator.checkBody(target.operation, body));
  const respond = () => JSON.stringify(runHandler(app, target, params, body));
  // Reads change nothing, so they skip the snapshot.
  if (request.method === "GET" || request.method === "HEAD") return respond();
  return app.store.transaction({ teamId: ownerTeam(target, params), projectId: params.path.projectId }, respond);
}

/** Runs the operation's handler on already validated parameters (the streaming endpoints read logs through it too). */
export function runHandler(app: MockApp, target: RouteTarget, params: RequestParams, body: unknown): unknown {
  const handler = app.handlers[target.operation.operationId];
  if (handler === undefined) {
    throw new MockHttpError(501, `The mock has no handler for ${target.operation.operationId}`, "not-implemented");
  }
  return handler({
    path: params.path,
    query: params.query,
    body: (body ?? {}) as Json,
    owner: app.store.owner(ownerTeam(target, params)),
    store: app.store,
    now: app.now(),
    timing: app.timing,
  });
}

/**
 * The team whose resources a request acts on: the `teamId` of a team-scoped path. A path
 * that names a team in its own right (`/v1/teams/{teamId}/roles`) acts on the account's
 * records of that team, which the personal owner keeps.
 */
function ownerTeam(target: RouteTarget, params: RequestParams): string | undefined {
  return target.scope === null ? undefined : params.path.teamId;
}

/** Repeated names become arrays; the validator coerces them to the declared type. */
export function readQuery(search: string): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  if (search === "") return query;
  for (const [name, value] of new URLSearchParams(search)) {
    const existing = query[name];
    query[name] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return query;
}

function rejectInvalid(details: readonly ValidationDetail[]): void {
  if (details.length > 0) throw new MockHttpError(400, validationMessage(details), "validation-error", details);
}

function answerError(response: ServerResponse, headers: Readonly<Record<string, string>>, error: unknown): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  const known = error instanceof MockHttpError ? error : new MockHttpError(500, `Internal mock error: ${(error as Error)?.message ?? String(error)}`, "internal-error");
  sendJson(response, known.status, { ...headers, ...known.headers }, known.toBody());
}

/**
 * The URLs of the streaming endpoints. Log tails share their path with the REST log
 * endpoints (`…/services/{serviceId}/logs`, `…/build-logs`) and say `queryType=tail`;
 * commands go to `/v1/command-exec/…`. Both take the team scope as a `teams/{teamId}/`
 * prefix, like every team-scoped REST path. Path values are encoded as the REST calls
 * encode them; the query never carries the token.
 */
import { ArgumentError } from "../runtime/errors.js";
import { fillTemplate } from "../runtime/url.js";

/** What a stream is about: the resource kind and its id's path parameter. */
export type Entity = "service" | "job" | "addon";

export const ID_PARAMETER: Readonly<Record<Entity, string>> = { service: "serviceId", job: "jobId", addon: "addonId" };
const COLLECTION: Readonly<Record<Entity, string>> = { service: "services", job: "jobs", addon: "addons" };

/** The path of every stream: the project, the resource, and optionally the team. */
export interface StreamPath {
  readonly projectId: string;
  readonly teamId?: string;
  readonly [id: string]: string | undefined;
}

/** At most one text or regex filter per query, as the API allows. */
export type TextFilter =
  | { textIncludes?: string; textNotIncludes?: never; regexIncludes?: never; regexNotIncludes?: never }
  | { textIncludes?: never; textNotIncludes?: string; regexIncludes?: never; regexNotIncludes?: never }
  | { textIncludes?: never; textNotIncludes?: never; regexIncludes?: string; regexNotIncludes?: never }
  | { textIncludes?: never; textNotIncludes?: never; regexIncludes?: never; regexNotIncludes?: string };

const TEXT_FILTERS = ["textIncludes", "textNotIncludes", "regexIncludes", "regexNotIncludes"] as const;

/** The filters a tail takes; `buildId` and `runId` only where the reference lists them. */
export interface TailQueryBase {
  /** Only this container's lines; all containers when left out. */
  containerName?: string;
  /** The most lines sent from before the tail started. @default 10 (the server's) */
  lineLimit?: number;
  /** The earliest line sent from before the tail started. @default 30 minutes ago (the server's) */
  startTime?: Date | string;
  buildId?: string;
  runId?: string;
}

export type TailQuery = TailQueryBase & TextFilter;

function scopedTemplate(prefix: string, entity: Entity, teamId: string | undefined): string {
  const team = teamId === undefined ? "" : "teams/{teamId}/";
  return `${prefix}${team}projects/{projectId}/${COLLECTION[entity]}/{${ID_PARAMETER[entity]}}`;
}

/** `https:` becomes `wss:`, `http:` becomes `ws:`. */
function socketUrl(baseUrl: string, path: string, query: URLSearchParams | null): string {
  const search = query === null ? "" : `?${query.toString()}`;
  return `${baseUrl.replace(/^http/, "ws")}${path}${search}`;
}

function checkPath(caller: string, entity: Entity, path: StreamPath | undefined): StreamPath {
  if (typeof path !== "object" || path === null) {
    throw new ArgumentError(`${caller}: path is required ({ projectId, ${ID_PARAMETER[entity]} })`);
  }
  return path;
}

function timeText(caller: string, value: Date | string): string {
  const time = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(time.getTime())) throw new ArgumentError(`${caller}: query.startTime is not a date: ${JSON.stringify(String(value))}`);
  return time.toISOString();
}

/** The tail query as the server reads it, checked: one text filter at most, a whole positive lineLimit. */
export function tailSearch(caller: string, query: TailQuery | undefined): URLSearchParams {
  const search = new URLSearchParams({ queryType: "tail" });
  if (query === undefined) return search;
  const filters = TEXT_FILTERS.filter((name) => query[name] !== undefined);
  if (filters.length > 1) throw new ArgumentError(`${caller}: send at most one text or regex filter; got ${filters.join(", ")}`);
  if (query.lineLimit !== undefined && !(Number.isInteger(query.lineLimit) && query.lineLimit >= 0)) {
    throw new ArgumentError(`${caller}: query.lineLimit must be a whole number >= 0, got ${String(query.lineLimit)}`);
  }
  if (query.startTime !== undefined) search.set("startTime", timeText(caller, query.startTime));
  if (query.lineLimit !== undefined) search.set("lineLimit", String(query.lineLimit));
  for (const name of ["containerName", "buildId", "runId", ...filters] as const) {
    const value = query[name];
    if (value !== undefined) search.set(name, String(value));
  }
  return search;
}

export function logTailUrl(caller: string, baseUrl: string, entity: Entity, stream: "logs" | "build-logs", path: StreamPath | undefined, search: URLSearchParams): string {
  const values = checkPath(caller, entity, path);
  const template = `${scopedTemplate("/v1/", entity, values.teamId)}/${stream}`;
  return socketUrl(baseUrl, fillTemplate(caller, template, values), search);
}

export function execUrl(caller: string, baseUrl: string, entity: Entity, path: StreamPath | undefined): string {
  const values = checkPath(caller, entity, path);
  return socketUrl(baseUrl, fillTemplate(caller, scopedTemplate("/v1/command-exec/", entity, values.teamId), values), null);
}

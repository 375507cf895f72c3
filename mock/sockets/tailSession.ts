/**
 * A live log tail, served from the same log endpoint handler as the REST reads: first the
 * newest `lineLimit` lines (10) since `startTime` (30 minutes ago), oldest first, then every
 * `pollMs` the lines produced since the last one sent. The mock's logs follow its
 * progression clock, so a build's lines arrive as the build moves on. The tail stays open
 * until the client closes it (or the mock drops it).
 */
import type { WebSocket } from "ws";
import { runHandler, type MockApp } from "../createRequestListener.js";
import { MockHttpError } from "../http/mockHttpError.js";
import type { RouteTarget } from "../routing/routeTable.js";
import { validationMessage } from "../validation/formatValidationErrors.js";
import { awaitInit, fail, refuse, send } from "./clientSocket.js";

const DEFAULT_LINE_LIMIT = 10;
const DEFAULT_LOOKBACK_MS = 30 * 60_000;
/** What only shapes the first batch; the rest of the query filters every batch. */
const FIRST_BATCH_ONLY = new Set(["queryType", "startTime", "lineLimit", "direction", "endTime", "duration"]);

interface WireLine {
  readonly ts: string;
  readonly log: unknown;
  readonly containerId: string;
}

export interface TailRequest {
  readonly target: RouteTarget;
  readonly path: Record<string, string>;
  readonly query: Record<string, unknown>;
}

/** The newest line time sent and how many of each line were sent at exactly that time. */
class SentCursor {
  private at: number;
  private counts = new Map<string, number>();
  constructor(from: number) {
    this.at = from;
  }
  get time(): number {
    return this.at;
  }
  /** The lines of `batch` (oldest first) not sent before, recorded as sent. */
  unsent(batch: readonly WireLine[]): WireLine[] {
    const skip = new Map(this.counts);
    return batch.filter((line) => {
      const ts = Date.parse(line.ts);
      const key = `${line.containerId}\u0000${String(line.log)}`;
      if (ts < this.at) return false;
      if (ts === this.at && (skip.get(key) ?? 0) > 0) {
        skip.set(key, skip.get(key)! - 1);
        return false;
      }
      if (ts > this.at) {
        this.at = ts;
        this.counts = new Map();
      }
      this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
      return true;
    });
  }
}

export async function serveTail(app: MockApp, socket: WebSocket, request: TailRequest, pollMs: number): Promise<void> {
  const init = await awaitInit(app, socket);
  if (init === null) return;
  const filters = Object.fromEntries(Object.entries(request.query).filter(([name]) => !FIRST_BATCH_ONLY.has(name)));
  const read = (query: Record<string, unknown>): WireLine[] => readLines(app, request, query);
  const startTime = typeof request.query.startTime === "string" ? request.query.startTime : new Date(app.now() - DEFAULT_LOOKBACK_MS).toISOString();
  let first: WireLine[];
  try {
    const lineLimit = request.query.lineLimit ?? DEFAULT_LINE_LIMIT;
    first = read({ ...filters, startTime, lineLimit, direction: "backward" }).reverse();
  } catch (error) {
    return refuse(socket, messageOf(error));
  }
  send(socket, "init", { auth: "successful" });
  const cursor = new SentCursor(Date.parse(startTime));
  const deliver = (batch: WireLine[]): void => {
    const fresh = cursor.unsent(batch);
    if (fresh.length > 0) send(socket, "log-lines", fresh);
  };
  deliver(first);
  const timer = setInterval(() => {
    try {
      deliver(read({ ...filters, startTime: new Date(cursor.time).toISOString(), direction: "forward" }));
    } catch (error) {
      clearInterval(timer);
      fail(socket, messageOf(error));
    }
  }, pollMs);
  socket.once("close", () => clearInterval(timer));
}

/** The lines the REST endpoint would answer with for `query`; its validation and 404s apply. */
function readLines(app: MockApp, request: TailRequest, query: Record<string, unknown>): WireLine[] {
  const params = { path: { ...request.path }, query: { ...query } };
  const problems = app.validator.checkParams(request.target.operation, request.target.scope, params);
  if (problems.length > 0) throw new MockHttpError(400, validationMessage(problems), "validation-error");
  const answer = runHandler(app, request.target, params, undefined) as { data?: WireLine[] };
  return answer.data ?? [];
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Northflank client with streams: every REST method of `createNorthflankClient`, plus
 * live log tails (`tail*Logs`), commands in containers (`exec*Command`, `exec*Session`),
 * and build and run waiters that take `onLog`. It lives in its own entry point,
 * `@northflank-openapi/client/streaming`, so a REST-only bundle never carries it or a
 * WebSocket library.
 */
import { createNorthflankClient, runtimeProfile, type NorthflankClient } from "../generated/client.gen.js";
import type * as builds from "../generated/endpoints/builds.gen.js";
import type * as jobs from "../generated/endpoints/jobs.gen.js";
import type * as logs from "../generated/endpoints/logs.gen.js";
import type * as services from "../generated/endpoints/services.gen.js";
import { ConfigError } from "../runtime/errors.js";
import { checkNumber, resolveOptions, type ClientOptions } from "../runtime/options.js";
import { createRedactor } from "../runtime/redaction.js";
import type { WaitOptions } from "../runtime/waiter.js";
import type { Entity, StreamPath, TailQueryBase, TextFilter } from "./endpoints.js";
import { execCommand, openExecSession, type CommandResult, type ExecArgs, type ExecSession, type ExecSessionArgs } from "./exec.js";
import { LogCursor } from "./logCursor.js";
import type { LogLine } from "./logLine.js";
import { tailLogs, RESUME_LINE_LIMIT, type TailArgs, type TailTarget } from "./logTail.js";
import type { WireLogLine } from "./protocol.js";
import type { ReconnectOptions, StreamContext } from "./session.js";
import type { WebSocketConstructor } from "./socket.js";
import { waitWithLogs, type LogFollower, type LogStreamingOptions } from "./waitWithLogs.js";

export interface StreamingClientOptions extends ClientOptions {
  /** The WebSocket class. @default the global WebSocket, else the `ws` package */
  WebSocket?: WebSocketConstructor;
  /** How long connecting and the server's acceptance of a session may take. @default 30000 */
  connectTimeoutMs?: number;
  /** How a dropped log tail reconnects. */
  reconnect?: ReconnectOptions;
}

type PathOf<Args> = Args extends { path: infer P } ? P & StreamPath : never;
type Filters<Extra extends keyof TailQueryBase> = Pick<TailQueryBase, "lineLimit" | "startTime" | Extra> & TextFilter;

/** Filters of each tail, as the reference lists them. */
export type ServiceTailQuery = Filters<"containerName">;
export type BuildTailQuery = Filters<"buildId">;
export type JobTailQuery = Filters<"containerName" | "runId">;
export type AddonTailQuery = Filters<"containerName">;

type ServicePath = PathOf<services.GetServiceArgs>;
type JobPath = PathOf<jobs.GetJobArgs>;

export interface StreamingMethods {
  /** Lines of the service's running containers, live. */
  tailServiceLogs(args: TailArgs<PathOf<logs.GetServiceLogsArgs>, ServiceTailQuery>): AsyncIterable<LogLine>;
  /** Lines of the service's builds (one with `query.buildId`), live. */
  tailServiceBuildLogs(args: TailArgs<PathOf<logs.GetServiceBuildLogsArgs>, BuildTailQuery>): AsyncIterable<LogLine>;
  /** Lines of the job's runs (one with `query.runId`), live. */
  tailJobLogs(args: TailArgs<PathOf<logs.GetJobLogsArgs>, JobTailQuery>): AsyncIterable<LogLine>;
  /** Lines of the job's builds (one with `query.buildId`), live. */
  tailJobBuildLogs(args: TailArgs<PathOf<logs.GetJobBuildLogsArgs>, BuildTailQuery>): AsyncIterable<LogLine>;
  /** Lines of the addon's containers, live. */
  tailAddonLogs(args: TailArgs<PathOf<logs.GetAddonLogsArgs>, AddonTailQuery>): AsyncIterable<LogLine>;
  /** Runs a command in a container of the service; resolves with its exit code and output (a non-zero exit resolves too). */
  execServiceCommand(args: ExecArgs<ServicePath>): Promise<CommandResult>;
  /** Runs a command in a container of the job's current run. */
  execJobCommand(args: ExecArgs<JobPath>): Promise<CommandResult>;
  /** A command (or a shell) in a container of the service, with its standard streams. */
  execServiceSession(args: ExecSessionArgs<ServicePath>): Promise<ExecSession>;
  execJobSession(args: ExecSessionArgs<JobPath>): Promise<ExecSession>;
  /** `waitForServiceBuild`, streaming the build's log to `onLog` while it waits. */
  waitForServiceBuild(
    args: builds.GetServiceBuildArgs & WaitOptions<builds.GetServiceBuildResult> & LogStreamingOptions,
  ): Promise<builds.GetServiceBuildResult>;
  /** `waitForJobBuild`, streaming the build's log to `onLog`. */
  waitForJobBuild(args: jobs.GetJobBuildArgs & WaitOptions<jobs.GetJobBuildResult> & LogStreamingOptions): Promise<jobs.GetJobBuildResult>;
  /** `waitForJobRun`, streaming the run's log to `onLog`. */
  waitForJobRun(args: jobs.GetJobRunArgs & WaitOptions<jobs.GetJobRunResult> & LogStreamingOptions): Promise<jobs.GetJobRunResult>;
}

export type NorthflankStreamingClient = Omit<NorthflankClient, keyof StreamingMethods> & StreamingMethods;

function streamContext(options: StreamingClientOptions): StreamContext {
  // The REST client's profile: the same token (option or NORTHFLANK_API_TOKEN) and base URL.
  const { credentials, secrets, baseUrl, clock } = resolveOptions(options, runtimeProfile);
  const reconnect = options.reconnect ?? {};
  if (options.WebSocket !== undefined && typeof options.WebSocket !== "function") throw new ConfigError("option WebSocket must be a WebSocket class");
  return {
    // The profile requires the bearer token, so resolveOptions has thrown if there is none.
    token: credentials.token!,
    baseUrl,
    clock,
    redactor: createRedactor(secrets),
    WebSocket: options.WebSocket,
    connectTimeoutMs: checkNumber("connectTimeoutMs", options.connectTimeoutMs, 30_000, 1),
    reconnect: {
      maxAttempts: checkNumber("reconnect.maxAttempts", reconnect.maxAttempts, 5, 0),
      baseDelayMs: checkNumber("reconnect.baseDelayMs", reconnect.baseDelayMs, 500, 0),
      maxDelayMs: checkNumber("reconnect.maxDelayMs", reconnect.maxDelayMs, 10_000, 0),
    },
  };
}

const tail = (caller: string, entity: Entity, stream: TailTarget["stream"]): TailTarget => ({ caller, entity, stream });

export function createNorthflankStreamingClient(options: StreamingClientOptions = {}): NorthflankStreamingClient {
  const context = streamContext(options);
  const client = createNorthflankClient(options);
  /** A waiter's log: the tail for live lines, and the REST read of the same log for the catch-up. */
  const follower = (target: TailTarget, path: StreamPath, filter: BuildTailQuery | JobTailQuery, read: (query: Record<string, unknown>) => Promise<readonly WireLogLine[]>): LogFollower => ({
    newCursor: () => new LogCursor(),
    tail: (cursor, signal) => tailLogs(context, target, { path, query: { ...filter, lineLimit: RESUME_LINE_LIMIT }, signal }, cursor),
    readSince: (from) => read({ ...filter, direction: "forward", lineLimit: RESUME_LINE_LIMIT, ...(from === null ? {} : { startTime: from.toISOString() }) }),
  });
  const methods: StreamingMethods = {
    tailServiceLogs: (args) => tailLogs(context, tail("tailServiceLogs", "service", "logs"), args),
    tailServiceBuildLogs: (args) => tailLogs(context, tail("tailServiceBuildLogs", "service", "build-logs"), args),
    tailJobLogs: (args) => tailLogs(context, tail("tailJobLogs", "job", "logs"), args),
    tailJobBuildLogs: (args) => tailLogs(context, tail("tailJobBuildLogs", "job", "build-logs"), args),
    tailAddonLogs: (args) => tailLogs(context, tail("tailAddonLogs", "addon", "logs"), args),
    execServiceCommand: (args) => execCommand(context, { caller: "execServiceCommand", entity: "service" }, args),
    execJobCommand: (args) => execCommand(context, { caller: "execJobCommand", entity: "job" }, args),
    execServiceSession: (args) => openExecSession(context, { caller: "execServiceSession", entity: "service" }, args),
    execJobSession: (args) => openExecSession(context, { caller: "execJobSession", entity: "job" }, args),
    waitForServiceBuild: (args) => {
      const { buildId, ...path } = args.path;
      const target = tail("waitForServiceBuild", "service", "build-logs");
      const read = (query: Record<string, unknown>) => client.getServiceBuildLogs({ path, query, signal: args.signal } as logs.GetServiceBuildLogsArgs);
      return waitWithLogs(() => client.waitForServiceBuild(args), follower(target, path, { buildId }, read), args);
    },
    waitForJobBuild: (args) => {
      const { buildId, ...path } = args.path;
      const target = tail("waitForJobBuild", "job", "build-logs");
      const read = (query: Record<string, unknown>) => client.getJobBuildLogs({ path, query, signal: args.signal } as logs.GetJobBuildLogsArgs);
      return waitWithLogs(() => client.waitForJobBuild(args), follower(target, path, { buildId }, read), args);
    },
    waitForJobRun: (args) => {
      const { runId, ...path } = args.path;
      const target = tail("waitForJobRun", "job", "logs");
      const read = (query: Record<string, unknown>) => client.getJobLogs({ path, query, signal: args.signal } as logs.GetJobLogsArgs);
      return waitWithLogs(() => client.waitForJobRun(args), follower(target, path, { runId }, read), args);
    },
  };
  // A new object: the waiters above call the REST client's own waiters, which assigning onto it would replace.
  return { ...client, ...methods };
}

/**
 * `@northflank-openapi/client/streaming`: the client with live log tails, commands in
 * containers and waiters that stream logs, over WebSockets (docs/streaming-protocol.md).
 */
export { createNorthflankStreamingClient } from "./streamingClient.js";
export type {
  AddonTailQuery,
  BuildTailQuery,
  JobTailQuery,
  NorthflankStreamingClient,
  ServiceTailQuery,
  StreamingClientOptions,
  StreamingMethods,
} from "./streamingClient.js";
export type { TailArgs } from "./logTail.js";
export type { LogLine } from "./logLine.js";
export type { CommandResult, ExecArgs, ExecOptions, ExecSession, ExecSessionArgs } from "./exec.js";
export type { CommandCompletion, CommandContext } from "./protocol.js";
export type { ReconnectOptions } from "./session.js";
export type { WebSocketConstructor, WebSocketLike } from "./socket.js";
export type { LogStreamingOptions } from "./waitWithLogs.js";
export { NorthflankStreamError } from "./errors.js";
export type { StreamFailure, StreamKind } from "./errors.js";

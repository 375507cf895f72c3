/**
 * The one error class of the streaming entry point. It extends the runtime's
 * ApiClientError, so `catch (e) { if (e instanceof ApiClientError) ... }` still catches
 * everything the client throws.
 */
import { ApiClientError } from "../runtime/errors.js";

export type StreamKind = "logs" | "exec";

/**
 * - `rejected`: the server refused the session (bad token, no such resource, nothing running);
 * - `dropped`: the connection failed and every reconnect did too (`attempts` says how many);
 * - `protocol`: the server sent something this client does not understand;
 * - `server`: the server reported an error during the session;
 * - `timeout`: the server did not accept the session in time.
 */
export type StreamFailure = "rejected" | "dropped" | "protocol" | "server" | "timeout";

export class NorthflankStreamError extends ApiClientError {
  declare readonly stream: StreamKind;
  declare readonly reason: StreamFailure;
  /** For `dropped`: the connections tried, the first included. */
  declare readonly attempts?: number;
  /** The WebSocket close code, when the connection closed. */
  declare readonly closeCode?: number;
}

NorthflankStreamError.prototype.name = "NorthflankStreamError";

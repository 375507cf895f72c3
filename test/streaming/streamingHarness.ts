/**
 * The streaming client against the mock: a mock with a clock the test moves and a fast
 * tail poll, and a WebSocket class that records every connection it opens (its URL and
 * whether it is closed), so tests can see what went over the wire.
 */
import { WebSocket } from "ws";
import { createNorthflankStreamingClient, type NorthflankStreamingClient, type StreamingClientOptions, type WebSocketConstructor } from "../../streaming/index.js";
import { startHarness, type Harness } from "../mock/mockHarness.js";

/** Long enough to be redacted wherever it appears. */
export const STREAM_TOKEN = "nf-streaming-test-token-0123456789";

export interface RecordedSockets {
  readonly urls: string[];
  readonly sockets: WebSocket[];
  readonly Class: WebSocketConstructor;
}

export function recordingWebSocket(): RecordedSockets {
  const urls: string[] = [];
  const sockets: WebSocket[] = [];
  class Recording extends WebSocket {
    constructor(url: string) {
      super(url);
      urls.push(url);
      sockets.push(this);
    }
  }
  return { urls, sockets, Class: Recording };
}

export async function startStreamingHarness(): Promise<Harness> {
  return startHarness({ tailPollMs: 5 });
}

export const GUIDE_PROJECT = { projectId: "api-example-project" };
export const COMBINED_SERVICE = { ...GUIDE_PROJECT, serviceId: "combined-service" };

/** The guide's project and a combined service in it, which builds from a repository and runs what it built. */
export async function createCombinedService(api: Harness): Promise<void> {
  await api.call("createProject", { body: api.example("createProject", "guide") });
  await api.call("createCombinedService", { path: GUIDE_PROJECT, body: api.example("createCombinedService", "gitRepository") });
}

export function streamingClient(api: Harness, recorded: RecordedSockets, options: StreamingClientOptions = {}): NorthflankStreamingClient {
  return createNorthflankStreamingClient({
    baseUrl: api.server.url,
    token: STREAM_TOKEN,
    WebSocket: recorded.Class,
    reconnect: { baseDelayMs: 5, maxDelayMs: 20 },
    ...options,
  });
}

/** Resolves once `check` holds, polling; rejects after `ms`. */
export async function eventually(check: () => boolean, ms = 2_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export function isClosed(socket: WebSocket): boolean {
  return socket.readyState === WebSocket.CLOSED;
}

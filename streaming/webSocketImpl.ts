/**
 * Which WebSocket to use: the one given in the options, else the platform's global one
 * (browsers, Deno, Bun, Node 22+), else the `ws` package, loaded only when a stream is first
 * opened on a platform without one (Node 20). REST-only code never reaches this module.
 */
import { ConfigError } from "../runtime/errors.js";
import type { WebSocketConstructor } from "./socket.js";

let loaded: Promise<WebSocketConstructor> | null = null;

export function webSocketImpl(given: WebSocketConstructor | undefined): Promise<WebSocketConstructor> {
  if (given !== undefined) return Promise.resolve(given);
  const global = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (global !== undefined) return Promise.resolve(global);
  return (loaded ??= loadWs());
}

async function loadWs(): Promise<WebSocketConstructor> {
  try {
    const ws = await import("ws");
    return (ws.WebSocket ?? ws.default) as unknown as WebSocketConstructor;
  } catch (error) {
    loaded = null;
    throw new ConfigError("no WebSocket: this platform has no global WebSocket and the `ws` package could not be loaded; install `ws` or pass the WebSocket option", undefined, error);
  }
}

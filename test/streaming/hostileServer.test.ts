/**
 * Servers that misbehave: a frame that is not JSON, a message of an unknown type, an error
 * in the middle of a tail, and a server that never answers the first message. Each ends in
 * one typed NorthflankStreamError with the right reason, and the socket closed.
 */
import { afterEach, describe, expect, it } from "vitest";
import { WebSocketServer, type WebSocket } from "ws";
import { createNorthflankStreamingClient, NorthflankStreamError } from "../../streaming/index.js";

let server: WebSocketServer | null = null;
afterEach(() => {
  server?.close();
  server = null;
});

/** A server that accepts the session, then does what `script` says. */
async function scripted(script: (socket: WebSocket) => void, accept = true): Promise<string> {
  server = new WebSocketServer({ host: "127.0.0.1", port: 0 });
  server.on("connection", (socket) =>
    socket.once("message", () => {
      if (accept) socket.send(JSON.stringify({ type: "init", data: { auth: "successful" } }));
      script(socket);
    }),
  );
  await new Promise((resolve) => server!.once("listening", resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

async function tailError(baseUrl: string, options: { connectTimeoutMs?: number } = {}): Promise<unknown> {
  const client = createNorthflankStreamingClient({ token: "t", baseUrl, reconnect: { maxAttempts: 0 }, ...options });
  return (async () => {
    for await (const _ of client.tailServiceLogs({ path: { projectId: "p", serviceId: "s" } })) void _;
  })().catch((error: unknown) => error);
}

describe("a misbehaving server", () => {
  it("sending a frame that is not JSON is a protocol error", async () => {
    const error = await tailError(await scripted((socket) => socket.send("{not json")));
    expect(error).toBeInstanceOf(NorthflankStreamError);
    expect(error).toMatchObject({ reason: "protocol", message: "log tail: the server sent a frame that is not JSON" });
  });

  it("sending a message of an unknown type is a protocol error that names the type", async () => {
    const error = await tailError(await scripted((socket) => socket.send(JSON.stringify({ type: "surprise", data: 1 }))));
    expect(error).toMatchObject({ reason: "protocol", message: expect.stringContaining('"surprise"') });
  });

  it("sending log lines of the wrong shape is a protocol error", async () => {
    const error = await tailError(await scripted((socket) => socket.send(JSON.stringify({ type: "log-lines", data: [{ log: "no time" }] }))));
    expect(error).toMatchObject({ reason: "protocol" });
  });

  it("reporting an error during a tail ends it with reason server", async () => {
    const error = await tailError(await scripted((socket) => socket.send(JSON.stringify({ type: "error", data: { message: "log backend unavailable" } }))));
    expect(error).toMatchObject({ reason: "server", message: "log tail: the server reported: log backend unavailable" });
  });

  it("never answering the first message times out", async () => {
    const error = await tailError(await scripted(() => undefined, false), { connectTimeoutMs: 50 });
    expect(error).toMatchObject({ reason: "dropped", attempts: 1, message: expect.stringContaining("did not accept the session within 50 ms") });
  });

  it("closing cleanly ends the tail without an error", async () => {
    const baseUrl = await scripted((socket) => {
      socket.send(JSON.stringify({ type: "log-lines", data: [{ containerId: "c", log: "last", ts: "2026-01-01T00:00:00.000Z" }] }));
      socket.close(1000);
    });
    const client = createNorthflankStreamingClient({ token: "t", baseUrl });
    const lines: unknown[] = [];
    for await (const line of client.tailServiceLogs({ path: { projectId: "p", serviceId: "s" } })) lines.push(line.log);
    expect(lines).toEqual(["last"]);
  });

  it("closing a command's session before its completion rejects it with reason dropped", async () => {
    const baseUrl = await scripted((socket) => {
      socket.send(JSON.stringify({ type: "stdOut", data: "partial" }));
      socket.terminate();
    });
    const client = createNorthflankStreamingClient({ token: "t", baseUrl });
    await expect(client.execServiceCommand({ path: { projectId: "p", serviceId: "s" }, command: "migrate" })).rejects.toMatchObject({
      name: "NorthflankStreamError",
      stream: "exec",
      reason: "dropped",
      closeCode: 1006,
    });
  });
});

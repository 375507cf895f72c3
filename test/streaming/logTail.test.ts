/**
 * Live log tails against the mock: lines arrive in order as a build progresses, a
 * dropped connection resumes with nothing repeated or lost, breaking out or aborting
 * closes the socket, reconnects are bounded, and the token stays out of URLs and errors.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NorthflankStreamError } from "../../streaming/index.js";
import { STEP_MS, type Harness } from "../mock/mockHarness.js";
import { eventually, isClosed, recordingWebSocket, COMBINED_SERVICE, createCombinedService, GUIDE_PROJECT, startStreamingHarness, STREAM_TOKEN, streamingClient } from "./streamingHarness.js";

let api: Harness;
const project = GUIDE_PROJECT;
const service = COMBINED_SERVICE;

beforeAll(async () => {
  api = await startStreamingHarness();
  await createCombinedService(api);
});
afterAll(() => api.close());

async function startBuild(): Promise<string> {
  const build = await api.call("startServiceBuild", { path: service, body: {} });
  return build.body.data.id as string;
}

const textOf = (line: { log: unknown }) => String(line.log);

describe("tailServiceBuildLogs", () => {
  it("receives the lines a build produces, in order, as it produces them, and closes on break", async () => {
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded);
    const buildId = await startBuild();
    const seen: string[] = [];
    for await (const line of client.tailServiceBuildLogs({ path: service, query: { buildId } })) {
      seen.push(textOf(line));
      expect(line.ts).toBeInstanceOf(Date);
      expect(line.containerId).toContain(buildId);
      if (seen.length === 3) break;
      api.advance(STEP_MS);
    }
    expect(seen).toEqual([expect.stringMatching(/^Build .* queued/), "Cloning the repository and building the image", "Image built and pushed to the registry"]);
    await eventually(() => isClosed(recorded.sockets[0]!));
    expect(recorded.urls).toHaveLength(1);
    expect(recorded.urls[0]).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/v1\/projects\/api-example-project\/services\/combined-service\/build-logs\?queryType=tail&buildId=/);
  });

  it("resumes a dropped connection after the last line, with no line repeated or lost", async () => {
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded);
    const buildId = await startBuild();
    const iterator = client.tailServiceBuildLogs({ path: service, query: { buildId } })[Symbol.asyncIterator]();
    const first = await iterator.next();
    expect(textOf(first.value)).toMatch(/queued/);
    // Both later lines are written while the connection is down.
    api.server.state.dropStreams();
    api.advance(2 * STEP_MS);
    const second = await iterator.next();
    const third = await iterator.next();
    expect([second.value, third.value].map(textOf)).toEqual(["Cloning the repository and building the image", "Image built and pushed to the registry"]);
    await iterator.return?.();
    expect(recorded.urls).toHaveLength(2);
    const resumed = new URL(recorded.urls[1]!);
    expect(resumed.searchParams.get("startTime")).toBe(first.value.ts.toISOString());
    expect(resumed.searchParams.get("buildId")).toBe(buildId);
    await eventually(() => recorded.sockets.every(isClosed));
  });

  it("starts a container log tail with the newest lineLimit lines, oldest first", async () => {
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded);
    api.advance(4 * STEP_MS);
    const iterator = client.tailServiceLogs({ path: service, query: { lineLimit: 1 } })[Symbol.asyncIterator]();
    const newest = await iterator.next();
    await iterator.return?.();
    expect(textOf(newest.value)).toBe("Ready to receive traffic");
    const again = client.tailServiceLogs({ path: service, query: { lineLimit: 100 } })[Symbol.asyncIterator]();
    const lines = [textOf((await again.next()).value), textOf((await again.next()).value)];
    await again.return?.();
    expect(lines).toEqual(["Container started", "Ready to receive traffic"]);
  });

  it("closes the socket when the signal aborts, and the loop throws the signal's reason", async () => {
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded);
    const buildId = await startBuild();
    const controller = new AbortController();
    const reason = new Error("stop tailing");
    const seen: string[] = [];
    const loop = (async () => {
      for await (const line of client.tailServiceBuildLogs({ path: service, query: { buildId }, signal: controller.signal })) seen.push(textOf(line));
    })();
    await eventually(() => seen.length === 1);
    controller.abort(reason);
    await expect(loop).rejects.toBe(reason);
    await eventually(() => recorded.sockets.every(isClosed));
    expect(recorded.sockets).toHaveLength(1);
  });

  it("gives up after maxAttempts failed reconnects with a typed error", async () => {
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded, { baseUrl: "http://127.0.0.1:9", reconnect: { maxAttempts: 2, baseDelayMs: 1 } });
    const error = await (async () => {
      for await (const _ of client.tailServiceLogs({ path: service })) void _;
    })().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NorthflankStreamError);
    expect(error).toMatchObject({ stream: "logs", reason: "dropped", attempts: 3 });
    expect(recorded.urls).toHaveLength(3);
  });

  it("refuses a session for a resource that does not exist, without retrying", async () => {
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded);
    const error = await (async () => {
      for await (const _ of client.tailServiceLogs({ path: { ...project, serviceId: "no-such-service" } })) void _;
    })().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: "NorthflankStreamError", reason: "rejected" });
    expect((error as Error).message).toMatch(/no-such-service/);
    expect(recorded.urls).toHaveLength(1);
  });
});

describe("the token", () => {
  it("goes in the first message only: never in a URL or an error, even one the server echoes it in", async () => {
    const { WebSocketServer } = await import("ws");
    const echoing = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    echoing.on("connection", (socket) =>
      socket.once("message", (data) => {
        const init = JSON.parse(String(data)) as { data: { auth: { apiToken: string } } };
        socket.send(JSON.stringify({ type: "init", data: { auth: "failed", message: `token ${init.data.auth.apiToken} is revoked` } }));
        socket.close(1008);
      }),
    );
    await new Promise((resolve) => echoing.once("listening", resolve));
    const port = (echoing.address() as { port: number }).port;
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded, { baseUrl: `http://127.0.0.1:${port}` });
    const error = await (async () => {
      for await (const _ of client.tailServiceLogs({ path: service })) void _;
    })().catch((caught: unknown) => caught);
    echoing.close();
    expect(error).toMatchObject({ reason: "rejected" });
    expect((error as Error).message).toContain("[redacted]");
    const everything = `${(error as Error).message} ${(error as Error).stack} ${JSON.stringify(error)} ${recorded.urls.join(" ")}`;
    expect(everything).not.toContain(STREAM_TOKEN);
  });
});

describe("options", () => {
  it("are checked when the client is made, as the REST client's are", () => {
    expect(() => streamingClient(api, recordingWebSocket(), { connectTimeoutMs: 0 })).toThrow(/option connectTimeoutMs must be a number >= 1/);
    expect(() => streamingClient(api, recordingWebSocket(), { reconnect: { maxAttempts: -1 } })).toThrow(/option reconnect.maxAttempts must be a number >= 0/);
  });
});

describe("arguments", () => {
  it("are checked at the call: one text filter at most, a whole lineLimit, a path", () => {
    const client = streamingClient(api, recordingWebSocket());
    // @ts-expect-error two text filters are a type error too
    expect(() => client.tailServiceLogs({ path: service, query: { textIncludes: "a", regexIncludes: "b" } })).toThrow(/at most one text or regex filter/);
    expect(() => client.tailServiceLogs({ path: service, query: { lineLimit: 1.5 } })).toThrow(/lineLimit/);
    // @ts-expect-error path is required
    expect(() => client.tailServiceLogs({})).toThrow(/path is required/);
  });
});

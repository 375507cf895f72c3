/**
 * Commands in containers against the mock: a command resolves with its exit code and
 * output, a session streams its standard input and output, and a target with nothing
 * running refuses the session.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STEP_MS, type Harness } from "../mock/mockHarness.js";
import { isClosed, eventually, recordingWebSocket, startStreamingHarness, STREAM_TOKEN, streamingClient } from "./streamingHarness.js";

let api: Harness;
const project = { projectId: "api-example-project" };
const service = { ...project, serviceId: "nginx" };

beforeAll(async () => {
  api = await startStreamingHarness();
  await api.call("createProject", { body: api.example("createProject", "guide") });
  await api.call("createDeploymentService", { path: project, body: api.example("createDeploymentService", "externalImage") });
  api.advance(STEP_MS);
});
afterAll(() => api.close());

async function readAll(stream: ReadableStream<string>): Promise<string> {
  let text = "";
  for await (const chunk of stream as unknown as AsyncIterable<string>) text += chunk;
  return text;
}

describe("execServiceCommand", () => {
  it("resolves echo hi with exit code 0 and its output", async () => {
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded);
    const result = await client.execServiceCommand({ path: service, command: ["echo", "hi"] });
    expect(result).toEqual({ exitCode: 0, status: "Success", stdout: "hi\n", stderr: "" });
    expect(recorded.urls).toEqual([`${api.server.url.replace("http", "ws")}/v1/command-exec/projects/api-example-project/services/nginx`]);
    expect(recorded.urls.join(" ")).not.toContain(STREAM_TOKEN);
    await eventually(() => recorded.sockets.every(isClosed));
  });

  it("resolves a failing command with its exit code rather than rejecting", async () => {
    const client = streamingClient(api, recordingWebSocket());
    expect(await client.execServiceCommand({ path: service, command: "exit 3" })).toMatchObject({ exitCode: 3, status: "Failure" });
    const missing = await client.execServiceCommand({ path: service, command: "no-such-program --flag" });
    expect(missing).toMatchObject({ exitCode: 127, stdout: "", stderr: expect.stringContaining("no-such-program: not found") });
  });

  it("runs a line through a shell when one is given", async () => {
    const client = streamingClient(api, recordingWebSocket());
    const result = await client.execServiceCommand({ path: service, command: 'echo "one two" && false || echo $NF_SERVICE_ID; exit 4', shell: "sh -c" });
    expect(result).toMatchObject({ exitCode: 4, stdout: "one two\nnginx\n" });
  });

  it("runs as the user asked for", async () => {
    const client = streamingClient(api, recordingWebSocket());
    expect((await client.execServiceCommand({ path: service, command: "id", user: 0 })).stdout).toBe("uid=0(root) gid=0(root) groups=0(root)\n");
    expect((await client.execServiceCommand({ path: service, command: ["whoami"], user: "app" })).stdout).toBe("app\n");
  });

  it("is refused where nothing runs, naming why", async () => {
    const client = streamingClient(api, recordingWebSocket());
    await api.call("createBuildService", { path: project, body: api.example("createBuildService", "guide") });
    await expect(client.execServiceCommand({ path: { ...project, serviceId: "build-service" }, command: "true" })).rejects.toMatchObject({
      name: "NorthflankStreamError",
      reason: "rejected",
      message: expect.stringContaining("no running container"),
    });
  });
});

describe("execServiceSession", () => {
  it("streams standard input to the command and its output back, then resolves the result", async () => {
    const client = streamingClient(api, recordingWebSocket());
    const session = await client.execServiceSession({ path: service, command: ["cat"] });
    expect(session.context).toEqual({ instanceName: "nginx-0", containerName: "nginx" });
    const output = readAll(session.stdout);
    const writer = session.stdin.getWriter();
    await writer.write("first line\n");
    await writer.write(new TextEncoder().encode("second line\n"));
    await writer.close();
    expect(await output).toBe("first line\nsecond line\n");
    expect(await session.result).toMatchObject({ exitCode: 0, status: "Success" });
  });

  it("gives an interactive shell when no command is given", async () => {
    const client = streamingClient(api, recordingWebSocket());
    const session = await client.execServiceSession({ path: service });
    const output = readAll(session.stdout);
    const errors = readAll(session.stderr);
    const writer = session.stdin.getWriter();
    await writer.write("echo $HOSTNAME\ncat /etc/missing\nexit 7\n");
    expect(await session.result).toMatchObject({ exitCode: 7 });
    expect(await output).toBe("nginx-0\n");
    expect(await errors).toBe("cat: /etc/missing: No such file or directory\n");
  });

  it("close() ends the session: the result rejects and the socket closes", async () => {
    const recorded = recordingWebSocket();
    const client = streamingClient(api, recorded);
    const session = await client.execServiceSession({ path: service, command: "sleep 30" });
    session.close();
    await expect(session.result).rejects.toMatchObject({ reason: "dropped" });
    await eventually(() => recorded.sockets.every(isClosed));
  });

  it("aborting the signal ends the session with the signal's reason", async () => {
    const client = streamingClient(api, recordingWebSocket());
    const controller = new AbortController();
    const session = await client.execServiceSession({ path: service, command: "sleep 30", signal: controller.signal });
    const reason = new Error("cancelled");
    controller.abort(reason);
    await expect(session.result).rejects.toBe(reason);
  });
});

describe("execJobCommand", () => {
  it("runs in the job's latest run", async () => {
    await api.call("createManualJob", { path: project, body: api.example("createManualJob", "guide") });
    const job = { ...project, jobId: "manual-job" };
    const client = streamingClient(api, recordingWebSocket());
    await expect(client.execJobCommand({ path: job, command: "true" })).rejects.toMatchObject({ reason: "rejected", message: expect.stringContaining("no run") });
    const run = await api.call("startJobRun", { path: job, body: {} });
    const result = await client.execJobCommand({ path: job, command: ["printenv", "NF_JOB_RUN_ID"] });
    expect(result).toMatchObject({ exitCode: 0, stdout: `${run.body.data.id}\n` });
  });
});

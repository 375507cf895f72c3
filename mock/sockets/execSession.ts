/**
 * A command in a mock container. The session names its service or job in the URL and what
 * to run in its `init`; the mock checks that something is running there, runs the command
 * with the built-in command set, relays `payload` messages as standard input, and ends with
 * a `completion` and a clean close. Without a command it is an interactive shell reading
 * lines from standard input until `exit` or the input's end.
 */
import type { WebSocket } from "ws";
import type { MockApp } from "../createRequestListener.js";
import { deploymentStart } from "../handlers/serviceViews.js";
import { findJob, findProject, findService } from "../state/mockStore.js";
import { runBuiltin, type CommandIo, type CommandOutcome } from "./builtinCommands.js";
import { awaitInit, fail, onMessage, refuse, send } from "./clientSocket.js";
import { parseList, ShellSyntaxError, splitWords, type ListItem } from "./shellWords.js";

/** `/v1/command-exec/[teams/{teamId}/]projects/{projectId}/(services|jobs)/{id}` */
export const EXEC_PATH = /^\/v1\/command-exec\/(?:teams\/([^/]+)\/)?projects\/([^/]+)\/(services|jobs)\/([^/]+)$/;

export interface ExecTarget {
  readonly teamId: string | undefined;
  readonly projectId: string;
  readonly kind: "services" | "jobs";
  readonly id: string;
}

export function execTarget(pathname: string): ExecTarget | null {
  const match = EXEC_PATH.exec(pathname);
  if (match === null) return null;
  const [, teamId, projectId, kind, id] = match.map((part) => (part === undefined ? undefined : decodeURIComponent(part)));
  return { teamId, projectId: projectId!, kind: kind as ExecTarget["kind"], id: id! };
}

/** The running container a command lands in. */
interface Container {
  readonly instanceName: string;
  readonly containerName: string;
  readonly env: Readonly<Record<string, string>>;
}

function stringsOf(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** The container of the target, or why there is none (the message the session is refused with). */
function findContainer(app: MockApp, target: ExecTarget): Container | string {
  const now = app.now();
  const project = findProject(app.store.owner(target.teamId), target.projectId);
  const base = { PATH: "/usr/local/bin:/usr/bin:/bin", HOME: "/root", NF_PROJECT_ID: project.id };
  if (target.kind === "services") {
    const service = findService(project, target.id);
    const started = deploymentStart(service, now, app.timing.stepMs);
    if (started === null || started > now) return `the service ${service.id} has no running container`;
    const instanceName = `${service.id}-0`;
    const env = { ...base, HOSTNAME: instanceName, NF_SERVICE_ID: service.id, ...stringsOf(service.body.runtimeEnvironment) };
    return { instanceName, containerName: service.id, env };
  }
  const job = findJob(project, target.id);
  const run = [...job.runs].reverse().find((candidate) => candidate.startedAt <= now);
  if (run === undefined) return `the job ${job.id} has no run to execute in`;
  const env = { ...base, HOSTNAME: run.runName, NF_JOB_ID: job.id, NF_JOB_RUN_ID: run.id, ...stringsOf(job.body.runtimeEnvironment) };
  return { instanceName: run.runName, containerName: job.id, env };
}

/** Standard input as the client sends it: `payload` chunks until `stdInEnd` or the session's end. */
class InputQueue {
  private readonly chunks: string[] = [];
  private readonly waiting: ((chunk: string | null) => void)[] = [];
  private ended = false;
  push(chunk: string): void {
    const waiter = this.waiting.shift();
    if (waiter !== undefined) waiter(chunk);
    else this.chunks.push(chunk);
  }
  end(): void {
    this.ended = true;
    for (const waiter of this.waiting.splice(0)) waiter(null);
  }
  next(): Promise<string | null> {
    const chunk = this.chunks.shift();
    if (chunk !== undefined) return Promise.resolve(chunk);
    if (this.ended) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
  async *[Symbol.asyncIterator](): AsyncIterator<string> {
    for (let chunk = await this.next(); chunk !== null; chunk = await this.next()) yield chunk;
  }
  /** Lines of the input, for an interactive shell. */
  async *lines(): AsyncGenerator<string> {
    let buffered = "";
    for await (const chunk of this) {
      buffered += chunk;
      for (let newline = buffered.indexOf("\n"); newline !== -1; newline = buffered.indexOf("\n")) {
        yield buffered.slice(0, newline);
        buffered = buffered.slice(newline + 1);
      }
    }
    if (buffered !== "") yield buffered;
  }
}

export async function serveExec(app: MockApp, socket: WebSocket, target: ExecTarget): Promise<void> {
  const init = await awaitInit(app, socket);
  if (init === null) return;
  let container: Container | string;
  try {
    container = findContainer(app, target);
  } catch (error) {
    return refuse(socket, (error as Error).message);
  }
  if (typeof container === "string") return refuse(socket, container);
  const { context } = init;
  const input = new InputQueue();
  let open = true;
  const closing = new AbortController();
  socket.once("close", () => {
    open = false;
    input.end();
    closing.abort();
  });
  onMessage(socket, (message) => {
    if (message.type === "payload" && typeof message.data === "string") input.push(message.data);
    else if (message.type === "stdInEnd") input.end();
  });
  send(socket, "init", { auth: "successful", context: { instanceName: container.instanceName, containerName: container.containerName } });
  const io: CommandIo = {
    stdout: (text) => send(socket, "stdOut", text),
    stderr: (text) => send(socket, "stdErr", text),
    stdin: () => input,
    env: container.env,
    files: new Map([
      ["/etc/hostname", `${container.instanceName}\n`],
      ["/etc/os-release", 'NAME="Northflank mock container"\nID=mock\n'],
    ]),
    user: context.user === undefined ? "root" : String(context.user),
    hostname: container.instanceName,
    sleep: (ms) => pause(ms, closing.signal),
  };
  let outcome: CommandOutcome;
  try {
    outcome = await runRequested(context, io, input);
  } catch (error) {
    if (error instanceof ShellSyntaxError) outcome = (io.stderr(`sh: ${error.message}\n`), { code: 2 });
    else return fail(socket, (error as Error).message);
  }
  if (!open) return;
  send(socket, "completion", { exitCode: outcome.code, status: outcome.code === 0 ? "Success" : "Failure" });
  socket.close(1000, "completed");
}

/** What `init` asked for: argv, a line for a shell, one line split into words, or an interactive shell. */
async function runRequested(context: Readonly<Record<string, unknown>>, io: CommandIo, input: InputQueue): Promise<CommandOutcome> {
  const { command, shell } = context;
  const withShell = typeof shell === "string" && shell !== "none";
  if (command === undefined || command === null) return interactive(io, input);
  if (Array.isArray(command)) {
    const argv = command.map(String);
    return withShell ? runList(parseList(argv.join(" "), io.env), io) : runBuiltin(argv, io);
  }
  if (typeof command !== "string") throw new ShellSyntaxError("the command must be a string or an array of strings");
  return withShell ? runList(parseList(command, io.env), io) : runBuiltin(splitWords(command), io);
}

async function runList(items: readonly ListItem[], io: CommandIo): Promise<CommandOutcome> {
  let last: CommandOutcome = { code: 0 };
  for (const item of items) {
    if ((item.after === "&&" && last.code !== 0) || (item.after === "||" && last.code === 0)) continue;
    last = await runBuiltin(item.argv, io);
    if (last.exit === true) return last;
  }
  return last;
}

async function interactive(io: CommandIo, input: InputQueue): Promise<CommandOutcome> {
  let last: CommandOutcome = { code: 0 };
  for await (const line of input.lines()) {
    try {
      last = await runList(parseList(line, io.env), io);
    } catch (error) {
      if (!(error instanceof ShellSyntaxError)) throw error;
      io.stderr(`sh: ${error.message}\n`);
      last = { code: 2 };
    }
    if (last.exit === true) return last;
  }
  return last;
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true });
  });
}

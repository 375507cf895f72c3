/**
 * Commands in containers. A session connects to the command endpoint, sends the token and
 * what to run in its first message, then relays standard input as `payload` messages and
 * the command's `stdOut`/`stdErr` messages as web streams, until the server reports the
 * `completion` (exit code and status). `execCommand` is a session whose input is empty and
 * whose output is collected into strings. A command cannot be resumed, so a dropped
 * connection rejects rather than reconnecting.
 */
import { ArgumentError } from "../runtime/errors.js";
import { execUrl, type Entity, type StreamPath } from "./endpoints.js";
import { authMessage, resizeMessage, STDIN_END_MESSAGE, stdinMessage, type CommandCompletion, type CommandContext, type ExecContext } from "./protocol.js";
import { closedError, openSession, streamError, type StreamContext } from "./session.js";
import type { MessageSocket } from "./socket.js";

/** What to run, where, and as whom. */
export interface ExecOptions {
  /** An argv array, or one string: split on spaces without a shell, or given whole to `shell`. */
  command: string | readonly string[];
  /** Run the command with this shell (`"sh -c"`, `"bash -c"`). @default "none": no shell */
  shell?: string;
  /** A user name or uid. @default the image's user */
  user?: string | number;
  /** A group name or gid. */
  group?: string | number;
  /** The container of the instance. @default the instance's main container */
  containerName?: string;
  /** The instance (pod) to run in. @default any running instance */
  instanceName?: string;
}

export interface ExecArgs<Path extends StreamPath = StreamPath> extends ExecOptions {
  path: Path;
  /** Ends the command's session; the call rejects with the signal's reason. */
  signal?: AbortSignal;
}

export interface ExecSessionArgs<Path extends StreamPath = StreamPath> extends Omit<ExecArgs<Path>, "command" | "shell"> {
  /** What to run. @default an interactive shell (the server tries the usual ones) */
  command?: string | readonly string[];
  shell?: string;
  /** Ask for a terminal (interactive programs). */
  tty?: boolean;
  ttyRows?: number;
  ttyColumns?: number;
}

/** How a command ended, with everything it wrote. */
export interface CommandResult extends CommandCompletion {
  readonly stdout: string;
  readonly stderr: string;
}

/** A running command. Node streams: `Readable.fromWeb(session.stdout)`, `Writable.fromWeb(session.stdin)`. */
export interface ExecSession {
  /** The instance and container the command runs in. */
  readonly context: CommandContext;
  /** Written text (or UTF-8 bytes) goes to the command; closing it ends the command's input. */
  readonly stdin: WritableStream<string | Uint8Array>;
  readonly stdout: ReadableStream<string>;
  readonly stderr: ReadableStream<string>;
  /** Resolves with the exit code and status once the command ends; rejects if the session fails. */
  readonly result: Promise<CommandCompletion>;
  /** Tells the terminal's size to a `tty` session. */
  resize(rows: number, columns: number): void;
  /** Ends the session now; `result` rejects unless the command already ended. */
  close(): void;
}

export interface ExecTarget {
  readonly caller: string;
  readonly entity: Entity;
}

function execContext(caller: string, args: ExecSessionArgs): ExecContext {
  const { command, shell, user, group, containerName, instanceName, tty, ttyRows, ttyColumns } = args;
  if (command !== undefined && typeof command !== "string" && !(Array.isArray(command) && command.every((part) => typeof part === "string"))) {
    throw new ArgumentError(`${caller}: command must be a string or an array of strings`);
  }
  const given = { command, shell, user, group, containerName, instanceName, tty, ttyRows, ttyColumns };
  return Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined)) as ExecContext;
}

export async function openExecSession(context: StreamContext, target: ExecTarget, args: ExecSessionArgs): Promise<ExecSession> {
  const url = execUrl(target.caller, context.baseUrl, target.entity, args.path);
  const init = authMessage(context.token, execContext(target.caller, args));
  const opened = await openSession(context, "exec", url, init, args.signal);
  return relay(context, opened.socket, opened.context, args.signal);
}

/** Runs one command to its end and collects what it wrote. */
export async function execCommand(context: StreamContext, target: ExecTarget, args: ExecArgs): Promise<CommandResult> {
  if (args.command === undefined) throw new ArgumentError(`${target.caller}: command is required`);
  const session = await openExecSession(context, target, { shell: "none", ...args });
  await session.stdin.close();
  const [stdout, stderr, completion] = await Promise.all([collect(session.stdout), collect(session.stderr), session.result]);
  return { ...completion, stdout, stderr };
}

async function collect(stream: ReadableStream<string>): Promise<string> {
  let text = "";
  for await (const chunk of stream as unknown as AsyncIterable<string>) text += chunk;
  return text;
}

/** Wires one accepted socket to the session's streams and result. */
function relay(context: StreamContext, socket: MessageSocket, where: CommandContext, signal: AbortSignal | undefined): ExecSession {
  let stdout!: ReadableStreamDefaultController<string>;
  let stderr!: ReadableStreamDefaultController<string>;
  const outStream = new ReadableStream<string>({ start: (controller) => void (stdout = controller) });
  const errStream = new ReadableStream<string>({ start: (controller) => void (stderr = controller) });
  const decoder = new TextDecoder();
  const stdin = new WritableStream<string | Uint8Array>({
    write: (chunk) => socket.send(stdinMessage(typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true }))),
    close: () => socket.send(STDIN_END_MESSAGE),
  });
  const onAbort = (): void => socket.close();
  signal?.addEventListener("abort", onAbort, { once: true });
  const result = readUntilCompletion(context, socket, { stdout, stderr }, signal).finally(() => {
    signal?.removeEventListener("abort", onAbort);
    socket.close();
  });
  const end = (error: unknown): void => {
    for (const controller of [stdout, stderr]) {
      try {
        if (error === null) controller.close();
        else controller.error(error);
      } catch {
        // Already closed by the reader's cancel.
      }
    }
  };
  result.then(
    () => end(null),
    (error: unknown) => end(error),
  );
  return {
    context: where,
    stdin,
    stdout: outStream,
    stderr: errStream,
    result,
    resize: (rows, columns) => socket.send(resizeMessage(rows, columns)),
    close: () => socket.close(),
  };
}

interface Outputs {
  readonly stdout: ReadableStreamDefaultController<string>;
  readonly stderr: ReadableStreamDefaultController<string>;
}

async function readUntilCompletion(context: StreamContext, socket: MessageSocket, outputs: Outputs, signal: AbortSignal | undefined): Promise<CommandCompletion> {
  for (;;) {
    const event = await socket.next();
    switch (event.type) {
      case "stdOut":
        enqueue(outputs.stdout, event.data);
        break;
      case "stdErr":
        enqueue(outputs.stderr, event.data);
        break;
      case "completion":
        return event.data;
      case "error":
        throw streamError(context, "exec", "server", `the server reported: ${event.data.message ?? "an error"}`);
      case "closed":
        if (signal?.aborted) throw signal.reason;
        if (socket.protocolError !== null) throw context.redactor.error(socket.protocolError);
        throw closedError(context, "exec", event, "before the command ended");
      default:
        throw streamError(context, "exec", "protocol", `the server sent "${event.type}" while a command ran`);
    }
  }
}

/** Output nobody reads is dropped once its stream was cancelled; it must not fail the command. */
function enqueue(controller: ReadableStreamDefaultController<string>, text: string): void {
  try {
    controller.enqueue(text);
  } catch {
    // Cancelled by the reader.
  }
}

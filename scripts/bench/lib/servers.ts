/**
 * Long-running child processes (HTTP servers, watchers). Each gets its own process group so
 * that stopping it also stops anything it forked; every one still running is killed when the
 * bench exits, however it exits.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";

/** Output kept per process: far more than a watcher prints, far less than a server's request log. */
const MAX_KEPT_OUTPUT = 1 << 20;

const running = new Set<ChildProcessWithoutNullStreams>();
let exitHookInstalled = false;

export interface ServerProcess {
  readonly child: ChildProcessWithoutNullStreams;
  /** What it wrote to stdout and stderr so far (the last megabyte at most). */
  output(): string;
  /** Resolves with the first match of `pattern` in the output; rejects on exit or after `timeoutMs`. */
  waitFor(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  stop(): Promise<void>;
}

export interface StartProcessOptions {
  readonly command: string;
  readonly args: readonly string[];
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
}

export function startProcess(options: StartProcessOptions): ServerProcess {
  installExitHook();
  const child = spawn(options.command, options.args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ["pipe", "pipe", "pipe"],
  });
  running.add(child);
  let output = "";
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer): void => {
    output += chunk.toString();
    // A server that logs every request (Prism) would otherwise grow this without bound.
    if (output.length > MAX_KEPT_OUTPUT) output = output.slice(-MAX_KEPT_OUTPUT / 2);
    for (const listener of listeners) listener();
  };
  child.stdout.on("data", onData);
  child.stderr.on("data", onData);
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  child.once("close", () => {
    running.delete(child);
    for (const listener of listeners) listener();
  });
  return {
    child,
    output: () => output,
    waitFor: (pattern, timeoutMs) => waitForOutput(child, () => output, listeners, pattern, timeoutMs),
    stop: async () => {
      killGroup(child, "SIGTERM");
      const timer = setTimeout(() => killGroup(child, "SIGKILL"), 3_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function waitForOutput(
  child: ChildProcessWithoutNullStreams,
  output: () => string,
  listeners: Set<() => void>,
  pattern: RegExp,
  timeoutMs: number,
): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    const done = (): void => {
      clearTimeout(timer);
      listeners.delete(check);
    };
    const check = (): void => {
      const match = pattern.exec(output());
      if (match !== null) {
        done();
        resolve(match);
      } else if (child.exitCode !== null || child.signalCode !== null) {
        done();
        reject(new Error(`process exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${output().trim().slice(-1500)}`));
      }
    };
    const timer = setTimeout(() => {
      listeners.delete(check);
      reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${output().trim().slice(-1500)}`));
    }, timeoutMs);
    listeners.add(check);
    check();
  });
}

function killGroup(child: ChildProcessWithoutNullStreams, signal: NodeJS.Signals): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Kills every still-running child on any exit, including Ctrl-C and uncaught errors. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  const killAll = (): void => {
    for (const child of running) killGroup(child, "SIGKILL");
  };
  process.on("exit", killAll);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/** Stops every child this module started and has not seen exit. */
export async function stopAll(): Promise<void> {
  for (const child of [...running]) killGroup(child, "SIGKILL");
}

/**
 * The commands the mock's containers know, so tests and the walkthrough can exec offline:
 * `echo`, `printf` (plain text), `env`/`printenv`, `cat` (a file the mock knows, or
 * standard input), `exit N`, `sleep S`, `true`, `false`, `pwd`, `whoami`, `id`,
 * `hostname`. Anything else is "not found" with exit code 127, as a shell says it.
 */

/** What a command can reach: its streams, its container, and the session's end. */
export interface CommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Standard input to its end (when the client sends `stdInEnd`). */
  stdin(): AsyncIterable<string>;
  readonly env: Readonly<Record<string, string>>;
  readonly files: ReadonlyMap<string, string>;
  readonly user: string;
  readonly hostname: string;
  /** Resolves after `ms`, or early once the session ended. */
  sleep(ms: number): Promise<void>;
}

/** A command's exit code; `exit` also ends the shell that ran it. */
export interface CommandOutcome {
  readonly code: number;
  readonly exit?: boolean;
}

type Builtin = (args: readonly string[], io: CommandIo) => CommandOutcome | Promise<CommandOutcome>;

const ok: CommandOutcome = { code: 0 };

const USER_IDS: Readonly<Record<string, number>> = { root: 0, nobody: 65534 };

async function cat(args: readonly string[], io: CommandIo): Promise<CommandOutcome> {
  if (args.length === 0 || (args.length === 1 && args[0] === "-")) {
    for await (const chunk of io.stdin()) io.stdout(chunk);
    return ok;
  }
  let code = 0;
  for (const file of args) {
    const text = io.files.get(file);
    if (text === undefined) {
      io.stderr(`cat: ${file}: No such file or directory\n`);
      code = 1;
    } else io.stdout(text);
  }
  return { code };
}

function exitCommand(args: readonly string[], io: CommandIo): CommandOutcome {
  const code = args[0] === undefined ? 0 : Number(args[0]);
  if (!Number.isInteger(code)) {
    io.stderr(`exit: Illegal number: ${args[0]}\n`);
    return { code: 2, exit: true };
  }
  return { code: ((code % 256) + 256) % 256, exit: true };
}

async function sleepCommand(args: readonly string[], io: CommandIo): Promise<CommandOutcome> {
  const seconds = Number(args[0]);
  if (args.length !== 1 || !(seconds >= 0)) {
    io.stderr(`sleep: invalid time interval '${args[0] ?? ""}'\n`);
    return { code: 1 };
  }
  await io.sleep(seconds * 1000);
  return ok;
}

function printenv(args: readonly string[], io: CommandIo): CommandOutcome {
  if (args.length === 0) {
    for (const [name, value] of Object.entries(io.env).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) io.stdout(`${name}=${value}\n`);
    return ok;
  }
  const missing = args.filter((name) => io.env[name] === undefined);
  for (const name of args) if (io.env[name] !== undefined) io.stdout(`${io.env[name]}\n`);
  return { code: missing.length === 0 ? 0 : 1 };
}

function id(_args: readonly string[], io: CommandIo): CommandOutcome {
  const uid = /^\d+$/.test(io.user) ? Number(io.user) : (USER_IDS[io.user] ?? 1000);
  const name = /^\d+$/.test(io.user) ? (Object.keys(USER_IDS).find((user) => USER_IDS[user] === uid) ?? io.user) : io.user;
  io.stdout(`uid=${uid}(${name}) gid=${uid}(${name}) groups=${uid}(${name})\n`);
  return ok;
}

export const BUILTINS: Readonly<Record<string, Builtin>> = {
  echo: (args, io) => {
    const newline = args[0] !== "-n";
    io.stdout(`${(newline ? args : args.slice(1)).join(" ")}${newline ? "\n" : ""}`);
    return ok;
  },
  printf: (args, io) => (io.stdout((args[0] ?? "").replace(/\\n/g, "\n")), ok),
  env: (_args, io) => printenv([], io),
  printenv,
  cat,
  exit: exitCommand,
  sleep: sleepCommand,
  true: () => ok,
  false: () => ({ code: 1 }),
  pwd: (_args, io) => (io.stdout("/app\n"), ok),
  whoami: (_args, io) => (io.stdout(`${io.user}\n`), ok),
  id,
  hostname: (_args, io) => (io.stdout(`${io.hostname}\n`), ok),
};

/** Runs one command by name; unknown names fail as a shell reports them. */
export async function runBuiltin(argv: readonly string[], io: CommandIo): Promise<CommandOutcome> {
  const [name, ...args] = argv;
  const builtin = name === undefined ? undefined : BUILTINS[name];
  if (builtin === undefined) {
    io.stderr(`sh: ${name ?? ""}: not found\n`);
    return { code: 127 };
  }
  return builtin(args, io);
}

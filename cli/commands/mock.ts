/**
 * `northflank-openapi mock [--port N] [--host H] [--spec FILE] [--spec-cache DIR | --no-spec-cache]`:
 * serves the local Northflank API until stopped (Ctrl-C). Exit 2 on bad flags or an
 * unreadable spec. The bundled spec is kept in the user's cache folder, so a start after
 * the first skips bundling while the spec's files are unchanged.
 */
import { InvalidArgumentError, type Command } from "commander";
import type { MockServer } from "../../mock/index.js";
// Only the small module naming the default spec is loaded up front; the server (spec
// reader, validators) is imported when the command runs, so other commands start faster.
import { displaySpecPath, packageSpecPath } from "../../mock/spec/packageSpecPath.js";
import { defaultSpecCacheDir } from "../../mock/spec/specBundleCache.js";
import { createSpecLoader } from "../../generator/load/specLoader.js";

/** The same default as the mock's own `DEFAULT_SPEC_PATH`: the spec shipped with the package. */
const DEFAULT_SPEC_PATH = displaySpecPath(packageSpecPath());

interface MockFlags {
  readonly port: number;
  readonly host: string;
  readonly spec: string;
  /** `false` with `--no-spec-cache`. */
  readonly specCache: string | false;
  readonly token?: string;
  readonly rateLimit?: number;
  readonly stepMs?: number;
}

export function registerMockCommand(program: Command): void {
  program
    .command("mock")
    .description("Serve a local, stateful mock of the API built on the spec, Northflank's unless --spec names another (in-memory; forgets everything when stopped).")
    .option("--port <n>", "port to listen on (0: any free port)", parseInteger("--port", 0, 65535), 8080)
    .option("--host <host>", "address to listen on", "127.0.0.1")
    .option("--spec <file>", "root OpenAPI file", DEFAULT_SPEC_PATH)
    .option("--spec-cache <dir>", "folder where the bundled spec is kept between starts (reused while every file it was read from is unchanged)", defaultSpecCacheDir())
    .option("--no-spec-cache", "bundle the spec on every start")
    .option("--token <token>", "accept only this bearer token where the spec asks for one (default: any non-empty token; other credentials the spec asks for: any non-empty value)")
    .option("--rate-limit <n>", "requests per token per hour (default: 1000)", parseInteger("--rate-limit", 1, Number.MAX_SAFE_INTEGER))
    .option("--step-ms <ms>", "time in each intermediate status of builds, runs, addons and backups (default: 500)", parseInteger("--step-ms", 0, 3_600_000))
    .action(async (flags: MockFlags) => {
      const server = await start(flags);
      if (server === null) return;
      announce(server, flags.spec === DEFAULT_SPEC_PATH);
      stopOnSignal(server);
    });
}

/** Our spec gets its walkthrough's first call; another spec is named by its title, and nothing of ours is suggested. */
function announce(server: MockServer, ourSpec: boolean): void {
  if (!ourSpec) {
    console.log(`Mock of ${JSON.stringify(server.title ?? "the API")} listening on ${server.url}`);
    return;
  }
  console.log(`Northflank mock API listening on ${server.url}`);
  console.log(`  try: curl -H "Authorization: Bearer any-token" ${server.url}/v1/projects`);
}

async function start(flags: MockFlags): Promise<MockServer | null> {
  const { MockSpecError, startMockServer } = await import("../../mock/index.js");
  try {
    return await startMockServer({
      port: flags.port,
      host: flags.host,
      specPath: flags.spec,
      loader: createSpecLoader(),
      specCacheDir: flags.specCache === false ? null : flags.specCache,
      ...(flags.token !== undefined && { token: flags.token }),
      ...(flags.rateLimit !== undefined && { rateLimit: { limit: flags.rateLimit } }),
      ...(flags.stepMs !== undefined && { timing: { stepMs: flags.stepMs } }),
    });
  } catch (error) {
    console.error(`mock: ${error instanceof MockSpecError ? error.message : describeStartError(error, flags)}`);
    process.exitCode = 2;
    return null;
  }
}

function describeStartError(error: unknown, flags: MockFlags): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "EADDRINUSE") return `port ${flags.port} on ${flags.host} is already in use; pick another with --port`;
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND") return `cannot listen on host ${flags.host}`;
  if (code === "EACCES") return `not allowed to listen on port ${flags.port}`;
  return (error as Error).message ?? String(error);
}

function stopOnSignal(server: MockServer): void {
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

function parseInteger(flag: string, min: number, max: number): (value: string) => number {
  return (value) => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < min || number > max) throw new InvalidArgumentError(`${flag} takes a whole number from ${min} to ${max}.`);
    return number;
  };
}

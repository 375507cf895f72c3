/**
 * `northflank-openapi mock` as a user runs it: a child process through the package's bin,
 * answering on the port it prints, stopping cleanly on SIGTERM, keeping the bundled spec
 * only in the cache folder it is given (or nowhere with `--no-spec-cache`), and refusing
 * a broken spec with exit 2 and the problem, never a stack trace.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../scripts/lib/fixtureSpecs.js";

const BIN = path.join(REPO_ROOT, "bin/northflank-openapi.js");
const run = promisify(execFile);

let scratch = "";

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "nf-mock-cli-"));
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

interface RunningMock {
  readonly url: string;
  /** What it printed up to the URL. */
  readonly banner: string;
  stop(): Promise<number | null>;
}

/** Starts the mock on a free port and resolves with the URL it prints. */
function startMock(...args: string[]): Promise<RunningMock> {
  const child = spawn(process.execPath, [BIN, "mock", "--port", "0", ...args], { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
      if (url !== undefined) resolve({ url, banner: output, stop: () => stop(child) });
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`mock exited with ${code} before listening:\n${output}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.once("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

async function entries(dir: string): Promise<string[]> {
  return readdir(dir).catch(() => []);
}

describe("northflank-openapi mock", () => {
  it("serves the spec, keeps its bundle in --spec-cache, and exits 0 on SIGTERM", async () => {
    const cacheDir = path.join(scratch, "cache");
    for (const start of ["first (bundles)", "second (from the cache)"]) {
      const mock = await startMock("--spec-cache", cacheDir);
      const response = await fetch(`${mock.url}/v1/projects`, { headers: { authorization: "Bearer cli-test" } });
      expect(response.status, start).toBe(200);
      expect(await response.json(), start).toMatchObject({ data: { projects: [] } });
      expect(await mock.stop(), start).toBe(0);
      expect(await entries(cacheDir), start).toHaveLength(1);
    }
  });

  it("serves another spec under its own title, asking for the credentials that spec names", async () => {
    const mock = await startMock("--spec", "test/fixtures/specs/neutral-api-key/openapi.yaml", "--no-spec-cache");
    expect(mock.banner).toMatch(/^Mock of "Weather Station API" listening on http:\/\/\S+\n$/);
    expect((await fetch(`${mock.url}/stations`, { headers: { authorization: "Bearer t" } })).status).toBe(401);
    expect((await fetch(`${mock.url}/stations`, { headers: { "x-station-key": "k" } })).status).toBe(200);
    expect(await mock.stop()).toBe(0);
  });

  it("with --no-spec-cache keeps nothing", async () => {
    const cacheDir = path.join(scratch, "unused-cache");
    const mock = await startMock("--spec-cache", cacheDir, "--no-spec-cache");
    expect((await fetch(`${mock.url}/v1/projects`)).status).toBe(401);
    await mock.stop();
    expect(await entries(cacheDir)).toEqual([]);
  });

  it("refuses a broken spec with exit 2 and its problem", async () => {
    const cacheDir = path.join(scratch, "broken-cache");
    const result = await run(process.execPath, [BIN, "mock", "--port", "0", "--spec", "test/fixtures/specs/invalid-dangling-ref/openapi.yaml", "--spec-cache", cacheDir], { cwd: REPO_ROOT }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(result).toMatchObject({ code: 2 });
    expect((result as { stderr: string }).stderr).toMatch(
      /mock: cannot serve test\/fixtures\/specs\/invalid-dangling-ref\/openapi\.yaml: it has 1 problem\(s\)\n {2}test\/fixtures\/specs\/invalid-dangling-ref\/openapi\.yaml:12:\d+ {2}no-unresolved-refs/,
    );
    expect(await entries(cacheDir)).toEqual([]);
  });
});

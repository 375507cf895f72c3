/**
 * `generate --watch`: regenerates after a change under the spec's folder, keeps the
 * last good output when the spec breaks, and exits 0 on Ctrl-C (SIGINT).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, it } from "vitest";
import { REPO_ROOT } from "../../scripts/lib/fixtureSpecs.js";

const TSX = path.join(REPO_ROOT, "node_modules/.bin/tsx");
const CLI = path.join(REPO_ROOT, "cli/main.ts");
const FIXTURE = path.join(REPO_ROOT, "test/fixtures/specs/vendor-extensions/openapi.yaml");

let scratch = "";
let child: ChildProcess | null = null;

afterAll(async () => {
  child?.kill("SIGKILL");
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** Resolves when stderr has printed a line matching `pattern` after the call. */
function nextLine(process: ChildProcess, pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    let buffer = "";
    const onData = (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const line = buffer.split("\n").find((candidate) => pattern.test(candidate));
      if (line !== undefined) {
        process.stderr?.off("data", onData);
        resolve(line);
      }
    };
    process.stderr?.on("data", onData);
  });
}

it("regenerates on change, keeps the last good output on a broken spec, exits 0 on SIGINT", async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "nf-watch-"));
  await symlink(path.join(REPO_ROOT, "runtime"), path.join(scratch, "runtime"), "dir");
  await mkdir(path.join(scratch, "spec"));
  const spec = path.join(scratch, "spec/openapi.yaml");
  const out = path.join(scratch, "generated");
  await copyFile(FIXTURE, spec);

  child = spawn(TSX, [CLI, "generate", "--watch", "--spec", spec, "--out", out], { cwd: REPO_ROOT });
  const exited = new Promise<number | null>((resolve) => child?.on("exit", (code) => resolve(code)));
  await nextLine(child, /watching/);

  const original = await readFile(spec, "utf8");
  const regenerated = nextLine(child, /generate: .*changed/);
  await writeFile(spec, original.replace("x-permission: Orders > Read", "x-permission: Orders > Read all"));
  expect(await regenerated).toMatch(/updated/);
  const good = await readFile(path.join(out, "endpoints/default.gen.ts"), "utf8");
  expect(good).toContain("Required permission: Orders > Read all");

  const refused = nextLine(child, /problem\(s\)/);
  await writeFile(spec, `${original}\n  broken: [unclosed\n`);
  expect(await refused).toContain("left as it was");
  expect(await readFile(path.join(out, "endpoints/default.gen.ts"), "utf8")).toBe(good);

  child.kill("SIGINT");
  expect(await exited).toBe(0);
  child = null;
});

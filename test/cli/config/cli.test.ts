/**
 * `generate`, `check` and `lint` with a project config, as a user runs them from the
 * project's folder: no flags needed, flags win over the config, a bad config exits 2.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../scripts/lib/fixtureSpecs.js";

const run = promisify(execFile);
const BIN = path.join(REPO_ROOT, "bin/northflank-openapi.js");
let project = "";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: project });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

beforeAll(async () => {
  project = await mkdtemp(path.join(os.tmpdir(), "nf-config-cli-"));
  await cp(path.join(REPO_ROOT, "test/fixtures/specs/header-cookie-params"), path.join(project, "api"), { recursive: true, filter: (file) => !file.includes("__snapshots__") });
  await symlink(path.join(REPO_ROOT, "runtime"), path.join(project, "runtime"), "dir");
  await writeFile(path.join(project, "northflank-openapi.config.json"), JSON.stringify({ spec: "api/openapi.yaml", out: "client", clientName: "Widgets", envPrefix: "WIDGETS_", lint: { ruleSets: ["northflank"] } }));
});

afterAll(() => rm(project, { recursive: true, force: true }));

describe("a project config", () => {
  it("is all generate, check and lint need", async () => {
    expect((await cli("generate")).code).toBe(0);
    const client = await readFile(path.join(project, "client/client.gen.ts"), "utf8");
    expect(client).toContain("createWidgetsClient");
    expect(client).toContain('envPrefix: "WIDGETS_"');
    // check compares like with like: the manifest records the prefix.
    expect(JSON.parse(await readFile(path.join(project, "client/northflank-openapi.manifest.json"), "utf8")).inputs.envPrefix).toBe("WIDGETS_");
    expect((await cli("check")).code).toBe(0);
    // The fixture lacks Northflank's error responses: lint reads the config's spec and rule sets and says so.
    const linted = await cli("lint");
    expect(linted.code).toBe(1);
    expect(linted.stdout).toMatch(/^api\/openapi\.yaml:\d+:\d+ {2}nf\/operation-error-responses/m);
  });

  it("yields to a flag given on the command line", async () => {
    const result = await cli("generate", "--out", "elsewhere");
    expect(result.code).toBe(0);
    expect(existsSync(path.join(project, "elsewhere/client.gen.ts"))).toBe(true);
  });

  it("with an unknown key makes every command exit 2 naming it, having done nothing", async () => {
    await writeFile(path.join(project, "bad.json"), JSON.stringify({ spec: "api/openapi.yaml", outdir: "x" }));
    for (const command of ["generate", "check", "lint"]) {
      const result = await cli(command, "--config", "bad.json");
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(`${command}: bad.json: unknown key "outdir" (known: spec, out, runtime, clientName, envPrefix, refRoots, lenient, lint)\n`);
    }
    expect(existsSync(path.join(project, "x"))).toBe(false);
  });

  it("with lenient: true generates path parameters the spec gets wrong, warning once per place, as --lenient does", async () => {
    await cp(path.join(REPO_ROOT, "test/fixtures/specs/lenient-path-parameters/openapi.yaml"), path.join(project, "lenient.yaml"));
    await writeFile(path.join(project, "lenient.json"), JSON.stringify({ spec: "lenient.yaml", out: "lenient-client", lenient: true }));
    const refused = await cli("generate", "--spec", "lenient.yaml", "--out", "lenient-client");
    expect(refused.code).toBe(2);
    expect(refused.stdout).toContain("(--lenient generates it as a string path parameter)");
    const generated = await cli("generate", "--config", "lenient.json");
    expect(generated.code).toBe(0);
    expect(generated.stderr.match(/^generate: warning: lenient\.yaml:\d+:\d+ {2}generate\/(undeclared|unused)-path-parameter {2}warning: /gm)).toHaveLength(5);
    expect((await cli("check", "--config", "lenient.json")).code).toBe(0);
    // The folder was made leniently: without the option, check regenerates, and the spec is refused.
    expect((await cli("check", "--spec", "lenient.yaml", "--out", "lenient-client")).code).toBe(2);
  });
});

/**
 * `generate` and `check` as a user runs them: child processes, exit codes, what they
 * print, and what they leave on disk. The output folder sits in a scratch folder
 * beside a link to the real runtime, so the default `../runtime/index.js` resolves.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { appendFile, mkdtemp, readFile, rm, stat, symlink, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MANIFEST_FILE } from "../../../generator/write/manifest.js";
import { listFiles } from "../../../generator/write/outputTree.js";
import { REPO_ROOT } from "../../../scripts/lib/fixtureSpecs.js";

const run = promisify(execFile);
const CLI = path.join(REPO_ROOT, "cli/main.ts");
const TSX = path.join(REPO_ROOT, "node_modules/.bin/tsx");
const SPEC = path.join(REPO_ROOT, "test/fixtures/specs/vendor-extensions/openapi.yaml");
const INVALID_SPEC = path.join(REPO_ROOT, "test/fixtures/specs/invalid-duplicate-operation-id/openapi.yaml");

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(...args: string[]): Promise<CliResult> {
  return cliWith({}, ...args);
}

async function cliWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let scratch = "";
let out = "";

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "nf-generate-"));
  await symlink(path.join(REPO_ROOT, "runtime"), path.join(scratch, "runtime"), "dir");
  out = path.join(scratch, "generated");
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("generate and check", () => {
  it("generate writes the output and exits 0", async () => {
    const result = await cli("generate", "--spec", SPEC, "--out", out);
    expect(result.stderr).toMatch(/\(0 updated, \d+ added, 0 removed\)/);
    expect(result.code).toBe(0);
    expect(await listFiles(out)).toEqual(expect.arrayContaining(["client.gen.ts", "endpoints/default.gen.ts", "index.ts", "schema.gen.ts"]));
  });

  it("check exits 0 on current output", async () => {
    const result = await cli("check", "--spec", SPEC, "--out", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
  });

  it("a second generate leaves every file untouched, modification times included", async () => {
    const before = await stat(path.join(out, "client.gen.ts"));
    const result = await cli("generate", "--spec", SPEC, "--out", out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("already current");
    expect((await stat(path.join(out, "client.gen.ts"))).mtimeMs).toBe(before.mtimeMs);
  });

  it("check exits 1 listing stale, missing and extra files, and names the user's files it ignores", async () => {
    await appendFile(path.join(out, "client.gen.ts"), "// edited by hand\n");
    await unlink(path.join(out, "index.ts"));
    // A file an earlier generation wrote (its manifest lists it) that this spec no longer produces.
    await writeFile(path.join(out, "endpoints/removed.gen.ts"), "export {};\n");
    const manifestPath = path.join(out, MANIFEST_FILE);
    const manifest = JSON.parse(await readFile(manifestPath, "utf8")) as { files: Record<string, string> };
    manifest.files["endpoints/removed.gen.ts"] = "0".repeat(64);
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    // A file of the user's, which the manifest does not list.
    await writeFile(path.join(out, "NOTES.md"), "mine\n");
    const result = await cli("check", "--spec", SPEC, "--out", out);
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n").filter(Boolean).map((line) => line.replace(out, "OUT"))).toEqual([
      "stale    OUT/client.gen.ts",
      "stale    OUT/northflank-openapi.manifest.json",
      "missing  OUT/index.ts",
      "extra    OUT/endpoints/removed.gen.ts",
    ]);
    expect(result.stderr).toContain(`check: not generated, ignored: ${out}/NOTES.md`);
  });

  it("generate repairs the folder: rewrites the edited file, restores the missing one, removes the one it wrote before, keeps the user's", async () => {
    const untouched = await stat(path.join(out, "schema.gen.ts"));
    const result = await cli("generate", "--spec", SPEC, "--out", out);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`generate: warning: kept ${out}/NOTES.md: the generator did not write it`);
    expect(await readFile(path.join(out, "NOTES.md"), "utf8")).toBe("mine\n");
    await unlink(path.join(out, "NOTES.md"));
    expect(await listFiles(out)).not.toContain("endpoints/removed.gen.ts");
    expect(await readFile(path.join(out, "client.gen.ts"), "utf8")).not.toContain("edited by hand");
    expect((await stat(path.join(out, "schema.gen.ts"))).mtimeMs).toBe(untouched.mtimeMs);
    expect((await cli("check", "--spec", SPEC, "--out", out)).code).toBe(0);
    expect((await listFiles(scratch)).filter((file) => !file.startsWith("generated/") && !file.startsWith("runtime/"))).toEqual([]);
  });

  it("an invalid spec exits 2, prints each problem, no stack trace, and writes nothing", async () => {
    const before = await snapshotFolder(out);
    const result = await cli("generate", "--spec", INVALID_SPEC, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/openapi\.yaml:10:\d+  generate\/duplicate-operation-id  /);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    expect(await snapshotFolder(out)).toEqual(before);
    expect((await cli("check", "--spec", INVALID_SPEC, "--out", out)).code).toBe(2);
  });

  it("a spec a later stage throws on (a numeric operationId) exits 2 naming the place, not silently", async () => {
    const before = await snapshotFolder(out);
    const wrongType = path.join(REPO_ROOT, "test/fixtures/specs/invalid-wrong-value-type/openapi.yaml");
    const result = await cli("generate", "--spec", wrongType, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/invalid-wrong-value-type\/openapi\.yaml:7:\d+  struct  Expected type `string` but got `integer`/);
    expect(result.stdout).toMatch(/: generation stopped \(the structural problems above are the likely cause\): /);
    expect(result.stderr).toContain("2 problem(s)");
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    expect(await snapshotFolder(out)).toEqual(before);
  });

  it.each(["generate", "check"])("%s reports a crash of the bundler as an internal error (exit 70, one line), not as an unreadable spec", async (command) => {
    const before = await snapshotFolder(out);
    const preload = pathToFileURL(path.join(REPO_ROOT, "test/cli/commands/crashingBundler.mjs")).href;
    const result = await cliWith({ NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import=${preload}` }, command, "--spec", SPEC, "--out", out);
    expect(result.code).toBe(70);
    expect(result.stderr.trim()).toBe("northflank-openapi: internal error (a bug; please report it): Cannot convert undefined or null to object");
    expect(result.stdout).toBe("");
    expect(await snapshotFolder(out)).toEqual(before);
  });

  it("path parameters the spec gets wrong: refused by default naming --lenient; --lenient generates them on generate and check", async () => {
    const spec = path.join(REPO_ROOT, "test/fixtures/specs/lenient-path-parameters/openapi.yaml");
    const lenientOut = path.join(scratch, "lenient");
    const refused = await cli("generate", "--spec", spec, "--out", lenientOut);
    expect(refused.code).toBe(2);
    expect(refused.stdout.trim().split("\n")).toHaveLength(6);
    expect(refused.stdout).toContain("which is not declared (--lenient generates it as a string path parameter)");
    expect(refused.stdout).toContain("which the path does not contain (--lenient drops it)");
    expect(existsSync(lenientOut)).toBe(false);
    const generated = await cli("generate", "--lenient", "--spec", spec, "--out", lenientOut);
    expect(generated.code).toBe(0);
    expect(generated.stderr.match(/^generate: warning: \S+openapi\.yaml:\d+:\d+ {2}generate\/(undeclared|unused)-path-parameter {2}warning: /gm)).toHaveLength(5);
    const checked = await cli("check", "--lenient", "--spec", spec, "--out", lenientOut);
    expect(checked.code).toBe(0);
    expect(checked.stderr.match(/^check: warning: /gm)).toHaveLength(5);
    await rm(lenientOut, { recursive: true, force: true });
  });

  it("an output folder under a file exits 2 naming the file, and writes nothing", async () => {
    const notAFolder = path.join(scratch, "notes.txt");
    await writeFile(notAFolder, "kept\n");
    const result = await cli("generate", "--spec", SPEC, "--out", path.join(notAFolder, "client"));
    expect(result.code).toBe(2);
    expect(result.stdout.trim()).toBe(`--out: ${notAFolder} (a parent of the output folder ${path.join(notAFolder, "client")}) exists and is not a folder`);
    expect(await readFile(notAFolder, "utf8")).toBe("kept\n");
    await unlink(notAFolder);
  });

  it("an output folder the file system refuses (a name too long) exits 2 naming it, and leaves nothing behind", async () => {
    const tooLong = path.join(scratch, "x".repeat(250));
    const result = await cli("generate", "--spec", SPEC, "--out", tooLong);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`--out: cannot write ${tooLong}: ENAMETOOLONG`);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/internal error|\n\s+at /);
    expect((await listFiles(scratch)).filter((file) => file.includes("xxxxxxxx"))).toEqual([]);
  });

  it.each(["generate", "check"])("%s --help describes its flags and exit codes", async (command) => {
    const result = await cli(command, "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--spec <file>");
    expect(result.stdout).toContain("--out <dir>");
    expect(result.stdout).toContain("Exit codes:");
    expect(result.stdout).toContain("--runtime <module>");
    expect(result.stdout).toContain("pass --runtime @northflank-openapi/client/runtime");
  });
});

describe("--runtime", () => {
  const FIXTURE = path.join(REPO_ROOT, "test/fixtures/specs/header-cookie-params/openapi.yaml");
  let outside = "";

  beforeAll(async () => {
    // No runtime link and no node_modules up the tree: only the generator's own mapping can resolve the package.
    outside = await mkdtemp(path.join(os.tmpdir(), "nf-runtime-flag-"));
  });

  afterAll(async () => {
    await rm(outside, { recursive: true, force: true });
  });

  it("generate outside the repository without --runtime exits 2 with one line suggesting it, and writes nothing", async () => {
    const target = path.join(outside, "default-runtime");
    const result = await cli("generate", "--spec", FIXTURE, "--out", target);
    expect(result.code).toBe(2);
    expect(result.stdout.trim().split("\n")).toEqual([
      `--runtime: no runtime at ${path.join(outside, "runtime/index.js")} (../runtime/index.js from the output folder ${target}). ` +
        "Outside this repository, pass --runtime @northflank-openapi/client/runtime with the client package installed.",
    ]);
    expect(existsSync(target)).toBe(false);
  });

  it("generate outside the repository with the package specifier type-checks and imports from it", async () => {
    const target = path.join(outside, "client");
    const result = await cli("generate", "--spec", FIXTURE, "--out", target, "--runtime", "@northflank-openapi/client/runtime");
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
    for (const file of ["client.gen.ts", "index.ts", "endpoints/default.gen.ts"]) {
      const text = await readFile(path.join(target, file), "utf8");
      expect(text).toContain('from "@northflank-openapi/client/runtime"');
      expect(text).not.toContain("runtime/index.js");
    }
  });

  it("check takes the same flag: current with it; without it the default import cannot resolve there (exit 2)", async () => {
    const target = path.join(outside, "client");
    expect((await cli("check", "--spec", FIXTURE, "--out", target, "--runtime", "@northflank-openapi/client/runtime")).code).toBe(0);
    const withoutFlag = await cli("check", "--spec", FIXTURE, "--out", target);
    expect(withoutFlag.code).toBe(2);
    expect(withoutFlag.stdout).toContain(`--runtime: no runtime at ${path.join(outside, "runtime/index.js")}`);
  });

  it.each([[""], ['pkg"; import "evil']])("refuses the unusable specifier %j with exit 2 and writes nothing", async (specifier) => {
    const target = path.join(outside, "refused");
    const result = await cli("generate", "--spec", FIXTURE, "--out", target, "--runtime", specifier);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/^--runtime: /);
    expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at /);
    expect(await listFiles(target).catch(() => [])).toEqual([]);
  });
});

/** Every file's bytes and modification time. */
async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const file of await listFiles(dir)) {
    const full = path.join(dir, file);
    entries[file] = `${(await stat(full)).mtimeMs} ${await readFile(full, "utf8")}`;
  }
  return entries;
}

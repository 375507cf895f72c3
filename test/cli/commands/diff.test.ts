/**
 * `northflank-openapi diff` as a user runs it: a child process in a scratch git
 * repository holding a copy of this repository's spec. Unchanged against HEAD it
 * reports nothing and exits 0; with an optional request field made required it names
 * the operation and the field as breaking and exits 1 (0 with --allow-breaking); bad
 * refs, a spec missing at the ref, a spec broken at the ref and conflicting flags exit 2
 * with one clear line and no stack trace.
 */
import { execFile, execFileSync } from "node:child_process";
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const CLI = path.join(REPO_ROOT, "cli/main.ts");
const TSX = path.join(REPO_ROOT, "node_modules/.bin/tsx");
const run = promisify(execFile);

interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function diff(cwd: string, ...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(TSX, [CLI, "diff", ...args], { cwd });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

function git(cwd: string, ...args: string[]): void {
  execFileSync("git", ["-c", "user.name=diff test", "-c", "user.email=diff@test.invalid", "-c", "commit.gpgsign=false", ...args], { cwd, stdio: "pipe" });
}

async function scratchRepo(parent: string, name: string): Promise<string> {
  const dir = path.join(parent, name);
  await mkdir(dir, { recursive: true });
  git(dir, "init", "-q");
  return dir;
}

let scratch = "";
let repo = "";

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "nf-diff-"));
  repo = await scratchRepo(scratch, "copy");
  await cp(path.join(REPO_ROOT, "spec"), path.join(repo, "spec"), { recursive: true });
  git(repo, "add", "spec");
  git(repo, "commit", "-q", "-m", "the spec as it is");
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** Makes `description` required in both alternatives of the create-project body. */
async function requireProjectDescription(): Promise<void> {
  const file = path.join(repo, "spec/projects/schemas.yaml");
  const text = await readFile(file, "utf8");
  const changed = text.replace(/^(CreateProjectIn(?:Region|Cluster):\n(?: {2}.*\n)*? {2}required: \[)name\]/gm, "$1name, description]");
  expect(changed.match(/required: \[name, description\]/g)).toHaveLength(2);
  await writeFile(file, changed);
}

describe("diff on this repository's spec", () => {
  it("reports no change against HEAD on an unchanged tree, and exits 0", { timeout: 120_000 }, async () => {
    const result = await diff(repo, "--base", "HEAD");
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toMatch(/^No public API changes\. Suggested version bump: patch\.$/m);
    expect(result.stdout).not.toMatch(/^(breaking|compatible)\s/m);
    expect(result.code).toBe(0);
  });

  it("reports an optional request field made required as breaking, naming operation and field, and exits 1", { timeout: 240_000 }, async () => {
    await requireProjectDescription();
    const result = await diff(repo, "--base", "HEAD");
    // putProject takes the same body as createProject, so it breaks the same way.
    for (const operation of ["createProject", "putProject"]) {
      for (const alternative of [1, 2]) {
        expect(result.stdout).toMatch(new RegExp(`^breaking\\s+${operation}: body\\[alternative ${alternative}\\]\\.description became required$`, "m"));
      }
    }
    expect(result.stdout).toMatch(/^4 changes: 4 breaking, 0 compatible\. Suggested version bump: major\.$/m);
    expect(result.code).toBe(1);

    const allowed = await diff(repo, "--base", "HEAD", "--markdown", "--allow-breaking");
    expect(allowed.stdout).toContain("**4 breaking changes**, 0 compatible.");
    expect(allowed.stdout).toContain("- createProject: body\\[alternative 1\\].description became required");
    expect(allowed.stdout).toContain("Suggested version bump: **major**.");
    expect(allowed.code).toBe(0);
  });
});

describe("bad input", () => {
  it("an unknown ref exits 2 with one line naming it", async () => {
    const result = await diff(repo, "--base", "no-such-branch");
    expect(result.stderr).toContain('diff: unknown git ref "no-such-branch"');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
  });

  it("a spec that did not exist at the ref exits 2", async () => {
    await mkdir(path.join(repo, "other"), { recursive: true });
    await writeFile(path.join(repo, "other/openapi.yaml"), "openapi: 3.1.0\n");
    const result = await diff(repo, "--base", "HEAD", "--spec", "other/openapi.yaml");
    expect(result.stderr).toMatch(/diff: other\/openapi\.yaml does not exist at HEAD \([0-9a-f]{12}\)/);
    expect(result.code).toBe(2);
  });

  it("a spec broken at the ref exits 2, its problems named at REF:file", async () => {
    const small = await scratchRepo(scratch, "broken");
    const spec = path.join(small, "api/openapi.yaml");
    await mkdir(path.dirname(spec), { recursive: true });
    await writeFile(spec, "openapi: 3.1.0\ninfo: { title: x, version: '1' }\npaths:\n  /a:\n    get: { operationId: a, responses: { '200': { $ref: '#/nowhere' } } }\n");
    git(small, "add", "api");
    git(small, "commit", "-q", "-m", "broken");
    await cp(path.join(REPO_ROOT, "test/fixtures/diff/no-change/before/openapi.yaml"), spec);
    const result = await diff(small, "--base", "HEAD", "--spec", "api/openapi.yaml");
    expect(result.stdout).toMatch(/^HEAD:api\/openapi\.yaml:\d+:\d+/m);
    expect(result.stderr).toMatch(/diff: the spec at HEAD cannot be generated: \d+ problem\(s\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.code).toBe(2);
  });

  it("--json with --markdown exits 2", async () => {
    const result = await diff(repo, "--base", "HEAD", "--json", "--markdown");
    expect(result.stderr).toMatch(/cannot be used with/);
    expect(result.code).toBe(2);
  });
});

/**
 * Specs written to attack the toolchain, as a pull request could bring them: `$ref`s
 * that reach the network, files outside the spec's folder (directly, through `..` or
 * through a link), a YAML alias bomb, a 10,000-long `$ref` chain, control characters
 * in keys. Every command refuses them with the place named, reads nothing it should
 * not, and opens no connection (a counting server on 127.0.0.1 would see it).
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { formatProblem } from "../../../generator/load/problem.js";
import { REPO_ROOT } from "../../../scripts/lib/fixtureSpecs.js";

const run = promisify(execFile);
const BIN = path.join(REPO_ROOT, "bin/northflank-openapi.js");
const SECRET = "do-not-leak-7f3a";

let scratch = "";
let counter: Server;
let connections = 0;
let port = 0;

/** A spec whose one operation's description is `ref`, written at line 7, column 20. */
function specWithDescriptionRef(ref: string): string {
  return [
    "openapi: 3.1.0",
    "info: { title: hostile, version: '1' }",
    "paths:",
    "  /things:",
    "    get:",
    "      operationId: listThings",
    `      description: { $ref: '${ref}' }`,
    "      responses:",
    "        '200': { description: ok }",
    "",
  ].join("\n");
}

async function writeSpec(folder: string, text: string): Promise<string> {
  await mkdir(path.join(scratch, folder), { recursive: true });
  const file = path.join(scratch, folder, "openapi.yaml");
  await writeFile(file, text);
  return file;
}

interface CliResult {
  readonly code: number;
  readonly output: string;
}

async function cli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [BIN, ...args], { cwd: scratch, timeout: 60_000 });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "nf-hostile-"));
  counter = createServer((socket) => {
    connections += 1;
    socket.end(`description: ${SECRET}\n`);
  });
  await new Promise<void>((resolve) => counter.listen(0, "127.0.0.1", resolve));
  port = (counter.address() as { port: number }).port;
  await writeFile(path.join(scratch, "secret.yaml"), `${SECRET}\n`);
  // Output folders sit in `scratch`, so the default runtime `../runtime/index.js` must resolve there.
  await symlink(path.join(REPO_ROOT, "runtime"), path.join(scratch, "runtime"));
});

afterAll(async () => {
  await new Promise((resolve) => counter.close(resolve));
  await rm(scratch, { recursive: true, force: true });
});

describe("a $ref to the network is refused by every command, and no connection is made", () => {
  let spec = "";
  beforeAll(async () => {
    spec = await writeSpec("remote", specWithDescriptionRef(`http://127.0.0.1:${port}/description.yaml`));
  });

  const place = "remote/openapi.yaml:7:20  ref-outside-spec";

  it.each([
    ["lint", () => ["lint", "--spec", spec]],
    ["generate", () => ["generate", "--spec", spec, "--out", path.join(scratch, "out-generate")]],
    ["check", () => ["check", "--spec", spec, "--out", path.join(scratch, "out-check")]],
    ["mock", () => ["mock", "--spec", spec, "--port", "0", "--no-spec-cache"]],
  ])("%s exits 2 naming the $ref", async (_command, args) => {
    const result = await cli(...args());
    expect(result.code).toBe(2);
    expect(result.output).toContain(place);
    expect(result.output).toContain("a URL is never fetched");
    expect(result.output).not.toContain(SECRET);
    expect(connections).toBe(0);
  });

  it("the diff's loader refuses it too (both sides load through loadSpec)", async () => {
    const { diffSpecs } = await import("../../../generator/diff/diffSpecs.js");
    const result = await diffSpecs({ baseSpecPath: spec, headSpecPath: spec });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.join("\n")).toContain("ref-outside-spec");
    expect(connections).toBe(0);
  });

  it("an https URL and any other scheme are refused the same way", async () => {
    for (const ref of [`https://127.0.0.1:${port}/x.yaml`, "file:///etc/hostname", "data:text/plain,hi"]) {
      const loaded = await loadSpec({ specPath: await writeSpec("scheme", specWithDescriptionRef(ref)) });
      expect(loaded.problems.map((problem) => problem.rule)).toEqual(["ref-outside-spec"]);
    }
    expect(connections).toBe(0);
  });
});

describe("a $ref outside the spec's folder is refused before the file is read", () => {
  it.each([
    ["an absolute path", "/etc/hostname"],
    ["a .. escape", "../secret.yaml"],
    ["a deep .. escape", "../../../../../../../../etc/hostname"],
  ])("%s", async (_kind, ref) => {
    const specPath = await writeSpec("escape", specWithDescriptionRef(ref));
    const loaded = await loadSpec({ specPath });
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ line: 7, col: 20, rule: "ref-outside-spec" });
    expect(formatProblem(loaded.problems[0]!)).toContain("is outside the spec's folder");
    expect(JSON.stringify(loaded.document)).not.toContain(SECRET);
    expect([...loaded.sources.keys()]).toEqual([specPath]);
  });

  it("a link inside the folder that leads out of it", async () => {
    const specPath = await writeSpec("linked", specWithDescriptionRef("./description.yaml"));
    await symlink(path.join(scratch, "secret.yaml"), path.join(scratch, "linked", "description.yaml"));
    const loaded = await loadSpec({ specPath });
    expect(loaded.problems.map(formatProblem).join("\n")).toContain("leads through a link to");
    expect(JSON.stringify(loaded.document)).not.toContain(SECRET);
  });

  it("generate writes nothing and does not copy the file into the output", async () => {
    const specPath = await writeSpec("escape-generate", specWithDescriptionRef("../secret.yaml"));
    const out = path.join(scratch, "escape-out");
    const result = await cli("generate", "--spec", specPath, "--out", out);
    expect(result.code).toBe(2);
    expect(result.output).toContain("escape-generate/openapi.yaml:7:20  ref-outside-spec");
    expect(result.output).not.toContain(SECRET);
  });

  it("a folder the caller allows may be read, and a ref inside the spec's folder still works", async () => {
    const specPath = await writeSpec("allowed", specWithDescriptionRef("../secret.yaml"));
    const loaded = await loadSpec({ specPath, allowedRoots: [scratch] });
    expect(loaded.problems).toEqual([]);
    expect(JSON.stringify(loaded.document)).toContain(SECRET);
  });
});

describe("loading is bounded", () => {
  it("a YAML alias bomb is refused quickly and in little memory, at the first alias", async () => {
    const lines = ["openapi: 3.1.0", "info: { title: bomb, version: '1' }", "paths: {}", "x-bomb:", `  l0: &l0 [${Array(9).fill('"lol"').join(", ")}]`];
    for (let level = 1; level <= 12; level++) lines.push(`  l${level}: &l${level} [${Array(9).fill(`*l${level - 1}`).join(", ")}]`);
    const specPath = await writeSpec("bomb", `${lines.join("\n")}\n`);
    const probe = path.join(REPO_ROOT, "test/generator/load/loadProbe.ts");
    const { stdout } = await run(process.execPath, ["--import", "tsx", probe, specPath], { cwd: REPO_ROOT, timeout: 30_000 });
    const report = JSON.parse(stdout) as { problems: string[]; maxRssBytes: number; milliseconds: number };
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatch(/bomb\/openapi\.yaml:6:\d+ {2}input-limit {2}the file is refused: its YAML aliases expand to more than/);
    expect(report.maxRssBytes).toBeLessThan(200 * 1024 * 1024);
  });

  it("a chain of 10,000 $refs is refused at its start, with no stack overflow", async () => {
    const lines = [
      "openapi: 3.1.0",
      "info: { title: chain, version: '1' }",
      "paths: {}",
      "components:",
      "  schemas:",
      ...Array.from({ length: 10_000 }, (_, index) => `    S${index}: { $ref: '#/components/schemas/S${index + 1}' }`),
      "    S10000: { type: string }",
    ];
    const loaded = await loadSpec({ specPath: await writeSpec("chain", `${lines.join("\n")}\n`) });
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ line: 6, rule: "input-limit" });
    expect(loaded.problems[0]!.message).toContain("a chain of more than 64 $refs");
  });

  it("a chain within the limit loads", async () => {
    const lines = ["openapi: 3.1.0", "info: { title: chain, version: '1' }", "paths: {}", "components:", "  schemas:"];
    for (let index = 0; index < 10; index++) lines.push(`    S${index}: { $ref: '#/components/schemas/S${index + 1}' }`);
    lines.push("    S10: { type: string }");
    const loaded = await loadSpec({ specPath: await writeSpec("short-chain", `${lines.join("\n")}\n`) });
    expect(loaded.problems).toEqual([]);
  });

  it("a file over the size limit is refused at the $ref that names it, unread", async () => {
    const specPath = await writeSpec("large", specWithDescriptionRef("./large.yaml"));
    await writeFile(path.join(scratch, "large", "large.yaml"), `"${"x".repeat(4096)}"\n`);
    const loaded = await loadSpec({ specPath, limits: { maxFileBytes: 1024 } });
    expect(loaded.problems).toHaveLength(1);
    expect(loaded.problems[0]).toMatchObject({ line: 7, col: 20, rule: "input-limit" });
    expect(loaded.problems[0]!.message).toContain("over the limit of 1024");
  });
});

describe("spec text printed to a terminal", () => {
  it("has its control characters escaped", async () => {
    const specPath = await writeSpec(
      "ansi",
      [
        "openapi: 3.1.0",
        "info: { title: ansi, version: '1' }",
        "paths:",
        "  /things:",
        "    get:",
        "      operationId: listThings",
        '      "x\\e[2J\\e[31mred\\u202e": 1',
        "      responses:",
        "        '200': { description: ok }",
        "",
      ].join("\n"),
    );
    const result = await cli("lint", "--spec", specPath);
    expect(result.code).toBe(1);
    expect(result.output).not.toMatch(/[\u001b\u202e]/u);
    expect(result.output).toContain("x\\u{1b}[2J\\u{1b}[31mred\\u{202e}");
  });
});

/**
 * The package as users get it (issue 3, item 6): packed with `npm pack`, installed into a
 * scratch project outside the repository, imported by name from plain Node and through a
 * bundler, type-checked against its shipped .d.ts, and its CLI and mock run from dist/.
 * No network: the tarball is unpacked and its declared dependencies linked from here.
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CREATED_PROJECT, startRecordingServer, type RecordingServer } from "./recordingServer.js";
import { createScratchProject, listTarball, packPackage, REPO_ROOT, runCommand, writeTsconfig } from "./scratchProject.js";

const TSC = path.join(REPO_ROOT, "node_modules/typescript/bin/tsc");

let workDir: string;
let tarball: string;
let scratch: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), "northflank-openapi-package-"));
  tarball = await packPackage(workDir);
  scratch = path.join(workDir, "scratch");
  mkdirSync(scratch);
  await createScratchProject(scratch, tarball, ["@types/node"]);
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe("the tarball", () => {
  it("holds the build, the CLI, the spec and the manifest, and no sources or tests", async () => {
    const files = await listTarball(tarball);
    expect(files.filter((file) => !/^(dist|bin|spec)\//.test(file) && !/^(package\.json|README\.md|LICENSE)$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining([
        "bin/northflank-openapi.js",
        "dist/generated/index.js",
        "dist/generated/index.d.ts",
        "dist/runtime/index.d.ts",
        "dist/mock/index.d.ts",
        "dist/cli/main.js",
        "dist/generator/templates/client.hbs",
        "spec/openapi.yaml",
      ]),
    );
  });
});

describe("a plain-Node consumer", () => {
  let server: RecordingServer;
  beforeEach(async () => {
    server = await startRecordingServer();
  });
  afterEach(async () => {
    await server.close();
  });

  it("imports the client by name and calls the API with the token", async () => {
    const result = await runCommand(process.execPath, ["call.mjs", server.url], scratch);
    expectCallsMade(result, server);
  });

  it("bundled with esbuild, makes the same calls and carries none of the toolchain", async () => {
    const outfile = path.join(scratch, "bundle", "call.mjs");
    const bundled = await build({
      entryPoints: [path.join(scratch, "call.mjs")],
      absWorkingDir: scratch,
      bundle: true,
      platform: "node",
      format: "esm",
      outfile,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(bundled.metafile.inputs);
    expect(inputs.filter((input) => !/^(call\.mjs|node_modules\/(northflank-openapi\/dist\/(generated|runtime)|openapi-fetch)\/)/.test(normalizeInput(input)))).toEqual([]);
    expectCallsMade(await runCommand(process.execPath, [outfile, server.url], scratch), server);
  });
});

/** esbuild names linked dependencies by their real path; name them as installed. */
function normalizeInput(input: string): string {
  const fromRepo = path.relative(scratch, path.join(REPO_ROOT, "node_modules"));
  return input.startsWith(`${fromRepo}/`) ? `node_modules/${input.slice(fromRepo.length + 1)}` : input;
}

function expectCallsMade(result: Awaited<ReturnType<typeof runCommand>>, server: RecordingServer): void {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout)).toEqual({
    created: CREATED_PROJECT,
    missing: { rejected: true, isApiError: true, status: 404 },
  });
  expect(server.requests).toEqual([
    { method: "POST", url: "/v1/projects", authorization: "Bearer consumer-token", body: { name: "Packed project", region: "europe-west" } },
    { method: "GET", url: "/v1/projects/no-such-project", authorization: "Bearer consumer-token", body: null },
  ]);
}

describe("a TypeScript consumer", () => {
  it.each(["NodeNext", "Bundler"] as const)("type-checks against the shipped .d.ts under %s resolution", async (resolution) => {
    const tsconfig = writeTsconfig(scratch, `tsconfig.${resolution}.json`, resolution);
    const result = await runCommand(process.execPath, [TSC, "-p", tsconfig], scratch);
    expect(result.stdout).toBe("");
    expect(result.code).toBe(0);
  });
});

describe("the rest of the package, from dist/", () => {
  it("serves its own mock to a consumer's tests", async () => {
    const result = await runCommand(process.execPath, ["mock.mjs"], scratch);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ createdId: "mocked-project", fetchedName: "Mocked project", unhandled: [] });
  });

  it("runs the CLI: lint passes on the shipped spec", async () => {
    const bin = path.join(scratch, "node_modules/northflank-openapi/bin/northflank-openapi.js");
    const result = await runCommand(process.execPath, [bin, "lint", "--spec", "node_modules/northflank-openapi/spec/openapi.yaml"], scratch);
    expect({ code: result.code, problems: result.stdout }).toEqual({ code: 0, problems: "" });
  });
});

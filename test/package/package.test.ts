/**
 * The two packages as users get them: packed with `npm run pack`, installed into a scratch
 * project outside the repository, the client imported by name from plain Node and through
 * a bundler, type-checked against its shipped .d.ts, the toolchain's CLI and mock run from
 * its dist/, and clients generated into the project by the installed toolchain, for our
 * spec and a third-party one, compiled strictly and called over 127.0.0.1.
 * No network: the tarballs are unpacked and their declared dependencies linked from here.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { build } from "esbuild";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CREATED_PROJECT, startRecordingServer, type RecordingServer } from "./recordingServer.js";
import { createScratchProject, listTarball, packPackages, REPO_ROOT, runCommand, writeTsconfig, type Tarballs } from "./scratchProject.js";

const TSC = path.join(REPO_ROOT, "node_modules/typescript/bin/tsc");
const ROOT_VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, "package.json"), "utf8")) as { version: string }).version;

let workDir: string;
let tarballs: Tarballs;
let scratch: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(os.tmpdir(), "northflank-openapi-package-"));
  tarballs = await packPackages();
  scratch = path.join(workDir, "scratch");
  mkdirSync(scratch);
  await createScratchProject(scratch, [tarballs.client, tarballs.toolchain], ["@types/node"]);
});

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The installed toolchain's command, as `npx northflank-openapi` runs it. */
const bin = () => path.join(scratch, "node_modules/northflank-openapi/bin/northflank-openapi.js");

function installedManifest(name: string): { dependencies?: Record<string, string>; version: string } {
  return JSON.parse(readFileSync(path.join(scratch, "node_modules", name, "package.json"), "utf8"));
}

describe("the client tarball", () => {
  it("holds the compiled client, runtime and streaming entry point with their types, a README and the licence, and nothing else", async () => {
    const files = await listTarball(tarballs.client);
    expect(files.filter((file) => !/^(generated|runtime|streaming)\/.+\.(js|d\.ts)$/.test(file) && !/^(package\.json|README\.md|LICENSE)$/.test(file))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(["generated/index.js", "generated/index.d.ts", "runtime/index.js", "runtime/index.d.ts", "streaming/index.js", "streaming/index.d.ts", "LICENSE"]),
    );
  });

  it("depends on openapi-fetch, and on ws for streams only, at the versions the repository tests with", () => {
    const manifest = installedManifest("@northflank-openapi/client");
    expect(manifest).toMatchObject({ version: ROOT_VERSION, dependencies: { "openapi-fetch": expect.any(String) as unknown, ws: expect.any(String) as unknown } });
    expect(Object.keys(manifest.dependencies ?? {})).toEqual(["openapi-fetch", "ws"]);
  });
});

describe("the toolchain tarball", () => {
  it("holds the build, the CLI, the spec, a README and the licence, and no sources or tests", async () => {
    const files = await listTarball(tarballs.toolchain);
    expect(files.filter((file) => !/^(dist|bin|spec)\//.test(file) && !/^(package\.json|README\.md|LICENSE)$/.test(file))).toEqual([]);
    expect(files.filter((file) => file.endsWith(".ts") && !file.endsWith(".d.ts"))).toEqual([]);
    expect(files).toEqual(
      expect.arrayContaining(["bin/northflank-openapi.js", "dist/cli/main.js", "dist/cli/mockPackage.d.ts", "dist/generator/templates/client.hbs", "spec/openapi.yaml", "LICENSE"]),
    );
  });

  it("has a README whose links work outside the repository and that starts with installing", async () => {
    const readme = readFileSync(path.join(scratch, "node_modules/northflank-openapi/README.md"), "utf8");
    const relativeLinks = [...readme.matchAll(/\]\((?!https?:|#)([^)]+)\)/g)].map((match) => match[1]);
    expect(relativeLinks).toEqual([]);
    expect(readme).toContain("npm i -D northflank-openapi");
    expect(readme).not.toContain("npm ci");
  });
});

describe("a plain-Node consumer of the client", () => {
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
    expect(inputs.filter((input) => !/^(call\.mjs|node_modules\/(@northflank-openapi\/client\/(generated|runtime)|openapi-fetch)\/)/.test(normalizeInput(input)))).toEqual([]);
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

describe("the toolchain, from its dist/", () => {
  it("serves its own mock to a consumer's tests", async () => {
    const result = await runCommand(process.execPath, ["mock.mjs"], scratch);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ createdId: "mocked-project", fetchedName: "Mocked project" });
  });

  it("serves the streaming endpoints to the client's streaming entry point", async () => {
    const result = await runCommand(process.execPath, ["stream.mjs"], scratch);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ exec: { exitCode: 0, status: "Success", stdout: "hi\n", stderr: "" }, firstLine: "Container started" });
  });

  it("runs the CLI: lint passes on the shipped spec", async () => {
    const result = await runCommand(process.execPath, [bin(), "lint", "--spec", "node_modules/northflank-openapi/spec/openapi.yaml"], scratch);
    expect({ code: result.code, problems: result.stdout }).toEqual({ code: 0, problems: "" });
  });

  it("--version prints the version", async () => {
    const result = await runCommand(process.execPath, [bin(), "--version"], scratch);
    expect({ code: result.code, stdout: result.stdout.trim() }).toEqual({ code: 0, stdout: ROOT_VERSION });
  });
});

describe("clients generated into the consumer by the installed toolchain", () => {
  let pets: Server;
  let petsUrl = "";

  beforeAll(async () => {
    cpSync(path.join(REPO_ROOT, "spec"), path.join(scratch, "myspec"), { recursive: true });
    pets = createServer((request, response) => {
      const answer = (status: number, body: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
      if (request.headers.authorization !== "Bearer pets-token") return answer(401, { message: "no token" });
      if (request.method === "GET" && request.url === "/pets?limit=2") return answer(200, [{ id: "p1", name: "Tom" }, { id: "p2", name: "Jerry", tag: "mouse" }]);
      if (request.method === "GET" && request.url === "/pets/p1") return answer(200, { id: "p1", name: "Tom" });
      if (request.method === "POST" && request.url === "/pets") return answer(201, { id: "p3", name: "Rex", tag: null });
      return answer(404, { message: `no route ${request.method} ${request.url}` });
    });
    await new Promise<void>((resolve) => pets.listen(0, "127.0.0.1", resolve));
    petsUrl = `http://127.0.0.1:${(pets.address() as { port: number }).port}`;
  });

  afterAll(() => new Promise((resolve) => pets.close(resolve)));

  const runtime = ["--runtime", "@northflank-openapi/client/runtime"];

  it.each([
    ["our spec", "myspec/openapi.yaml", "src/nf"],
    ["a third-party spec", "petstore/openapi.yaml", "src/pets"],
  ])("from %s: generate exits 0 and check finds it current", async (_name, spec, out) => {
    const generated = await runCommand(process.execPath, [bin(), "generate", "--spec", spec, "--out", out, ...runtime], scratch);
    expect({ code: generated.code, stdout: generated.stdout }).toEqual({ code: 0, stdout: "" });
    const checked = await runCommand(process.execPath, [bin(), "check", "--spec", spec, "--out", out, ...runtime], scratch);
    expect(checked.code).toBe(0);
    expect(checked.stderr).toContain("is current (by its manifest; --full regenerates to compare)");
    const full = await runCommand(process.execPath, [bin(), "check", "--full", "--spec", spec, "--out", out, ...runtime], scratch);
    expect({ code: full.code, byManifest: full.stderr.includes("by its manifest") }).toEqual({ code: 0, byManifest: false });
    expect(readFileSync(path.join(scratch, out, "index.ts"), "utf8")).toContain('from "@northflank-openapi/client/runtime"');
  });

  it("check regenerates once a spec file changed, and names what is stale", async () => {
    const spec = path.join(scratch, "petstore/openapi.yaml");
    const before = readFileSync(spec, "utf8");
    writeFileSync(spec, before.replace("summary: One pet", "summary: One pet, by its id"));
    try {
      const result = await runCommand(process.execPath, [bin(), "check", "--spec", "petstore/openapi.yaml", "--out", "src/pets", ...runtime], scratch);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("stale    src/pets/");
    } finally {
      writeFileSync(spec, before);
    }
  });

  it("both compile under strict tsc and call their servers: the mock, and the pet server", async () => {
    const tsconfig = path.join(scratch, "tsconfig.generated.json");
    const compilerOptions = { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", lib: ["ES2022", "DOM"], types: ["node"], strict: true, skipLibCheck: false, outDir: "build" };
    writeFileSync(tsconfig, JSON.stringify({ compilerOptions, files: ["use-ours.ts", "use-petstore.ts"] }, null, 2));
    const compiled = await runCommand(process.execPath, [TSC, "-p", tsconfig], scratch);
    expect({ code: compiled.code, stdout: compiled.stdout }).toEqual({ code: 0, stdout: "" });

    const ours = await runCommand(process.execPath, ["build/use-ours.js"], scratch);
    expect(ours.stderr).toBe("");
    expect(JSON.parse(ours.stdout)).toEqual({ createdId: "generated-project", fetchedRegion: "europe-west" });

    const petsRun = await runCommand(process.execPath, ["build/use-petstore.js", petsUrl], scratch);
    expect(petsRun.stderr).toBe("");
    expect(JSON.parse(petsRun.stdout)).toEqual({ names: ["Tom", "Jerry"], one: "Tom", added: "p3" });
  });
});

/**
 * The manifest's proof that a folder is current: it holds exactly when a full check
 * would say "current", and any change a full check would see (a spec file, a generated
 * file, an option, the generator) makes it decline, so the caller regenerates.
 */
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../../generator/generate.js";
import { TOOLCHAIN_VERSION } from "../../../generator/version.js";
import { MANIFEST_FILE } from "../../../generator/write/manifest.js";
import { currentByManifest, type ManifestCheckOptions } from "../../../generator/write/manifestCheck.js";
import { REPO_ROOT } from "../../../scripts/lib/fixtureSpecs.js";

let scratch = "";
let base: ManifestCheckOptions;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "nf-manifest-check-"));
  await cp(path.join(REPO_ROOT, "test/fixtures/lint/clean"), path.join(scratch, "spec"), { recursive: true });
  await symlink(path.join(REPO_ROOT, "runtime"), path.join(scratch, "runtime"), "dir");
  base = {
    specPath: path.join(scratch, "spec/openapi.yaml"),
    outDir: path.join(scratch, "out"),
    runtime: "../runtime/index.js",
    clientName: "Api",
    lenient: false,
    generatorVersion: TOOLCHAIN_VERSION,
    allowedRefRoots: [],
  };
  const generated = await generate({ specPath: base.specPath, outDir: base.outDir });
  if (!generated.ok) throw new Error(generated.problems.join("\n"));
});

afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Runs `change`, checks by the manifest, then puts the file back as it was. */
async function afterEditing(file: string, change: (text: string) => string, options: ManifestCheckOptions = base) {
  const before = await readFile(file, "utf8");
  await writeFile(file, change(before));
  try {
    return await currentByManifest(options);
  } finally {
    await writeFile(file, before);
  }
}

describe("currentByManifest", () => {
  it("proves a freshly generated folder current, a user's file beside it notwithstanding", async () => {
    await writeFile(path.join(base.outDir, "NOTES.md"), "mine\n");
    expect(await currentByManifest(base)).not.toBeNull();
  });

  it.each([
    ["the root spec file", "spec/openapi.yaml"],
    ["a spec file reached by $ref", "spec/widgets/schemas.yaml"],
    ["a spec file reached through another", "spec/common/parameters.yaml"],
    ["a generated file", "out/client.gen.ts"],
    ["the manifest itself", `out/${MANIFEST_FILE}`],
  ])("declines after an edit to %s", async (_what, file) => {
    expect(await afterEditing(path.join(scratch, file), (text) => `${text}\n# edited\n`)).toBeNull();
  });

  it.each([
    ["another runtime", { runtime: "@northflank-openapi/client/runtime" }],
    ["another client name", { clientName: "Other" }],
    // The prefix is written into the client's profile.
    ["an environment variable prefix", { envPrefix: "ACME_" }],
    ["another generator version", { generatorVersion: "9.9.9" }],
    // --lenient can change the output (mended path parameters): a folder made without it proves nothing with it.
    ["--lenient", { lenient: true }],
  ])("declines for %s", async (_what, change) => {
    expect(await currentByManifest({ ...base, ...change })).toBeNull();
  });

  it("declines when a generated file is gone, and when there is no manifest", async () => {
    const file = path.join(base.outDir, "index.ts");
    const before = await readFile(file);
    await rm(file);
    expect(await currentByManifest(base)).toBeNull();
    await writeFile(file, before);
    expect(await currentByManifest({ ...base, outDir: path.join(scratch, "no-such-folder") })).toBeNull();
  });

  it("reads spec files as the loader does: CRLF line ends change nothing", async () => {
    const file = path.join(scratch, "spec/openapi.yaml");
    const before = await readFile(file, "utf8");
    await writeFile(file, before.replace(/\n/g, "\r\n"));
    try {
      expect(await currentByManifest(base)).not.toBeNull();
    } finally {
      await writeFile(file, before);
    }
  });
});

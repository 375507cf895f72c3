/**
 * The mock's spec cache: a kept bundle is served only while every file it was bundled
 * from is unchanged, and anything doubtful (an edited, deleted or unreadable file, a
 * damaged entry, a remote source) bundles afresh. Each case works on its own copy of the
 * clean fixture spec and its own cache folder.
 */
import { cp, mkdtemp, readFile, readdir, rm, unlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadSpec } from "../../generator/load/loadSpec.js";
import { createSpecLoader } from "../../generator/load/specLoader.js";
import { MockSpecError, readMockSpec } from "../../mock/spec/readMockSpec.js";
import { readCachedBundle, writeCachedBundle } from "../../mock/spec/specBundleCache.js";

const CLEAN = "test/fixtures/lint/clean";
const loader = createSpecLoader();

let scratch = "";
let specDir = "";
let specPath = "";
let cacheDir = "";

beforeEach(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), "nf-spec-cache-"));
  specDir = path.join(scratch, "spec");
  specPath = path.join(specDir, "openapi.yaml");
  cacheDir = path.join(scratch, "cache");
  await cp(CLEAN, specDir, { recursive: true });
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const full = path.join(specDir, file);
  await writeFile(full, change(await readFile(full, "utf8")));
}

async function cacheEntries(): Promise<string[]> {
  return readdir(cacheDir).catch(() => []);
}

describe("readMockSpec with a cache folder", () => {
  it("keeps the bundle on the first start and serves the same document from it on the next", async () => {
    const fresh = (await loadSpec({ specPath })).document;
    expect(readCachedBundle(cacheDir, specPath, loader.fingerprint())).toBeNull();
    expect(await readMockSpec(specPath, loader, cacheDir)).toEqual(fresh);
    expect(readCachedBundle(cacheDir, specPath, loader.fingerprint())).toEqual(fresh);
    expect(await readMockSpec(specPath, loader, cacheDir)).toEqual(fresh);
  });

  it.each([
    ["the root file", "openapi.yaml"],
    ["a file reached by $ref", "widgets/schemas.yaml"],
    ["a file reached through another file", "common/parameters.yaml"],
  ])("an edit to %s is served on the next start", async (_, file) => {
    await readMockSpec(specPath, loader, cacheDir);
    await edit(file, (text) => `${text}\nx-edited: true\n`);
    expect(readCachedBundle(cacheDir, specPath, loader.fingerprint())).toBeNull();
    expect(await readMockSpec(specPath, loader, cacheDir)).toEqual((await loadSpec({ specPath })).document);
  });

  it("a referenced file that was deleted makes the spec unservable, not a stale hit", async () => {
    await readMockSpec(specPath, loader, cacheDir);
    await unlink(path.join(specDir, "widgets/schemas.yaml"));
    expect(readCachedBundle(cacheDir, specPath, loader.fingerprint())).toBeNull();
    await expect(readMockSpec(specPath, loader, cacheDir)).rejects.toThrow(MockSpecError);
  });

  it("files the spec does not reference do not invalidate the bundle", async () => {
    await readMockSpec(specPath, loader, cacheDir);
    await writeFile(path.join(specDir, "notes.yaml"), "unrelated: true\n");
    expect(readCachedBundle(cacheDir, specPath, loader.fingerprint())).not.toBeNull();
  });

  it("a spec with problems is refused and nothing is kept", async () => {
    await edit("widgets/widget.yaml", (text) => text.replace("./schemas.yaml", "./no-such-file.yaml"));
    await expect(readMockSpec(specPath, loader, cacheDir)).rejects.toThrow(MockSpecError);
    expect(await cacheEntries()).toEqual([]);
  });

  it("a damaged entry reads as a miss and is replaced", async () => {
    await readMockSpec(specPath, loader, cacheDir);
    const [entry] = await cacheEntries();
    await writeFile(path.join(cacheDir, entry!), "{ not json");
    expect(readCachedBundle(cacheDir, specPath, loader.fingerprint())).toBeNull();
    await readMockSpec(specPath, loader, cacheDir);
    expect(readCachedBundle(cacheDir, specPath, loader.fingerprint())).not.toBeNull();
  });

  it.each([
    ["written by another loader", { loader: "another loader" }],
    ["without a document", { document: null }],
  ])("an entry %s reads as a miss", async (_, change) => {
    await readMockSpec(specPath, loader, cacheDir);
    const file = path.join(cacheDir, (await cacheEntries())[0]!);
    const entry = JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
    await writeFile(file, JSON.stringify({ ...entry, ...change }));
    expect(readCachedBundle(cacheDir, specPath, loader.fingerprint())).toBeNull();
  });
});

describe("writeCachedBundle", () => {
  it("keeps nothing for a bundle that read a remote file", async () => {
    const sources = new Map([[path.resolve(specPath), "openapi: 3.1.0"], ["https://example.com/schemas.yaml", "{}"]]);
    await writeCachedBundle(cacheDir, specPath, { openapi: "3.1.0" }, sources, loader.fingerprint());
    expect(await cacheEntries()).toEqual([]);
  });

  it("swallows a cache folder it cannot create", async () => {
    const blocked = path.join(scratch, "a-file");
    await writeFile(blocked, "");
    const sources = new Map([[path.resolve(specPath), await readFile(specPath, "utf8")]]);
    await expect(writeCachedBundle(path.join(blocked, "cache"), specPath, { openapi: "3.1.0" }, sources, loader.fingerprint())).resolves.toBeUndefined();
  });
});

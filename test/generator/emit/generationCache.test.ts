/**
 * Watch mode reuses work between runs (formatted pieces, the type-check project, the
 * API report). Whatever the edit, a cached run must write exactly what a fresh process
 * writes for the same spec: checked here for an edit that only touches doc comments and
 * for one that changes types, on a copy of our spec.
 */
import { cp, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../../generator/generate.js";
import { GenerationCache } from "../../../generator/emit/generationCache.js";
import { REPO_ROOT } from "../../../scripts/lib/fixtureSpecs.js";

let root: string;
const specPath = () => path.join(root, "spec", "openapi.yaml");
const editedFile = () => path.join(root, "spec", "projects", "project.yaml");

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "nf-generation-cache-"));
  await cp(path.join(REPO_ROOT, "spec"), path.join(root, "spec"), { recursive: true });
  await symlink(path.join(REPO_ROOT, "runtime"), path.join(root, "runtime"), "dir");
  await symlink(path.join(REPO_ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function filesOf(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files: Record<string, string> = {};
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = await readFile(full, "utf8");
  }
  return files;
}

async function editSpec(edit: (text: string) => string): Promise<void> {
  await writeFile(editedFile(), edit(await readFile(editedFile(), "utf8")));
}

describe("generate with a cache", () => {
  it("writes what a fresh run writes, after a doc-only edit and a type-changing one", async () => {
    const cache = new GenerationCache();
    const cached = path.join(root, "cached");
    const fresh = path.join(root, "fresh");
    const run = async (outDir: string, withCache: boolean) => {
      const result = await generate({ specPath: specPath(), outDir, ...(withCache && { cache }) });
      expect(result.ok).toBe(true);
    };
    await run(cached, true);

    await editSpec((text) => text.replace(/^(\s*summary:) Get project.*$/m, "$1 Get project (edited)"));
    await run(cached, true);
    await run(fresh, false);
    expect(await filesOf(cached)).toEqual(await filesOf(fresh));
    expect((await filesOf(cached))["client.gen.ts"]).toContain("Get project (edited)");

    await editSpec((text) => text.replace('data: { $ref: "./schemas.yaml#/Project" }', 'data: { $ref: "./schemas.yaml#/Project" }\n              cacheTestNote: { type: string }'));
    await run(cached, true);
    await run(fresh, false);
    expect(await filesOf(cached)).toEqual(await filesOf(fresh));
    expect((await filesOf(cached))["schema.gen.ts"]).toContain("cacheTestNote?: string;");
  });
});

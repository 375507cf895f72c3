/**
 * A crash of a stage is never reported as bad input: the loader and the later stages
 * throw it on (the CLI turns it into exit 70), while what the user can fix (a missing
 * file, YAML that does not parse, a document that is no OpenAPI) stays a problem.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import * as redocly from "../../generator/dependencies/redocly.js";
import { loadSpec } from "../../generator/load/loadSpec.js";
import { formatProblem } from "../../generator/load/problem.js";
import { buildOutput } from "../../generator/generate.js";
import { fixtureOptions, validFixtures } from "../../scripts/lib/fixtureSpecs.js";

vi.mock("../../generator/dependencies/redocly.js", async (importOriginal) => {
  const original = await importOriginal<typeof redocly>();
  return { ...original, bundle: vi.fn(original.bundle) };
});
vi.mock("../../generator/model/buildModel.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../generator/model/buildModel.js")>();
  return { ...original, buildModel: vi.fn(original.buildModel) };
});

const folder = mkdtempSync(path.join(os.tmpdir(), "nf-internal-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterEach(() => vi.mocked(redocly.bundle).mockRestore());

function specFile(name: string, text: string): string {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return path.relative(process.cwd(), file);
}

const VALID = specFile("valid.yaml", "openapi: 3.1.0\ninfo: { title: t, version: '1' }\npaths: {}\n");

describe("the loader", () => {
  it("throws a bundler crash on, instead of reporting the spec as unreadable", async () => {
    const crash = new TypeError("Cannot convert undefined or null to object");
    vi.mocked(redocly.bundle).mockRejectedValueOnce(crash);
    await expect(loadSpec({ specPath: VALID })).rejects.toBe(crash);
  });

  it.each([
    ["a missing file", path.relative(process.cwd(), path.join(folder, "missing.yaml")), "unreadable-file  cannot read the spec: no such file"],
    ["a folder", path.relative(process.cwd(), folder), "unreadable-file  cannot read the spec: Expected a file but received a folder"],
    ["YAML that does not parse", specFile("broken.yaml", "openapi: [3.1.0\n"), "yaml-syntax  invalid YAML"],
    ["a document of no OpenAPI version it knows", specFile("v4.yaml", "openapi: 4.0.0\ninfo: { title: t, version: '1' }\npaths: {}\n"), "unreadable-file  cannot load the spec: Unsupported OpenAPI version: 4.0.0"],
    ["a document that is no specification at all", specFile("other.yaml", "name: not a spec\n"), "unreadable-file  cannot load the spec: Unsupported specification"],
    ["a list", specFile("list.yaml", "- a\n"), "unreadable-file  the spec holds a list, not an OpenAPI document"],
  ])("still reports %s as the input's problem", async (_, specPath, expected) => {
    const loaded = await loadSpec({ specPath });
    expect(loaded.problems.map(formatProblem).join("\n")).toContain(expected);
  });
});

describe("a later stage", () => {
  it("that throws on a structurally sound spec throws on out of buildOutput, not as a problem", async () => {
    const crash = new Error("a bug in the model");
    const { buildModel } = await import("../../generator/model/buildModel.js");
    vi.mocked(buildModel).mockImplementationOnce(() => {
      throw crash;
    });
    const fixture = validFixtures().find((candidate) => candidate.name === "recursive");
    if (!fixture) throw new Error("recursive fixture missing");
    await expect(buildOutput(fixtureOptions(fixture))).rejects.toBe(crash);
  });
});

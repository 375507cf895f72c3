/**
 * The fixture specs under test/fixtures/specs/: one folder per feature, its spec in
 * `openapi.yaml`, its expected output in `__snapshots__/`. Folders named `invalid-*`
 * hold specs the generator must refuse. Shared by scripts/update-snapshots.ts and the tests (scripts never import tests).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GenerateOptions } from "../../generator/generate.js";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FIXTURE_ROOT = path.join(REPO_ROOT, "test/fixtures/specs");
export const RUNTIME_ENTRY = path.join(REPO_ROOT, "runtime/index.js");

export interface FixtureSpec {
  readonly name: string;
  readonly specPath: string;
  readonly snapshotDir: string;
}

function fixtures(filter: (name: string) => boolean): FixtureSpec[] {
  return readdirSync(FIXTURE_ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && filter(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({
      name,
      specPath: path.join(FIXTURE_ROOT, name, "openapi.yaml"),
      snapshotDir: path.join(FIXTURE_ROOT, name, "__snapshots__"),
    }));
}

export const validFixtures = (): FixtureSpec[] => fixtures((name) => !name.startsWith("invalid-"));
export const invalidFixtures = (): FixtureSpec[] => fixtures((name) => name.startsWith("invalid-"));

/**
 * Fixtures generated with options besides the defaults, each for what it shows. Fixtures name
 * their client `Api` (as a project's `clientName` setting would), so tests that import a
 * fixture's client need not follow its title; neutral-api-key shows the name taken from the title.
 */
const FIXTURE_GENERATE_OPTIONS: Readonly<Record<string, Pick<GenerateOptions, "lenient" | "defaultClientName">>> = {
  // Refused without it (see test/generator/fixtures.test.ts); generated, with warnings, with it.
  "lenient-path-parameters": { lenient: true, defaultClientName: "Api" },
  "neutral-api-key": {},
};
const DEFAULT_FIXTURE_OPTIONS: Pick<GenerateOptions, "defaultClientName"> = { defaultClientName: "Api" };

/** Generator options for a fixture: output in its snapshot folder, importing the real runtime. */
export function fixtureOptions(fixture: FixtureSpec, outDir = fixture.snapshotDir): GenerateOptions {
  return {
    specPath: path.relative(process.cwd(), fixture.specPath),
    outDir,
    runtimeModule: toPosix(path.relative(outDir, RUNTIME_ENTRY)),
    ...(FIXTURE_GENERATE_OPTIONS[fixture.name] ?? DEFAULT_FIXTURE_OPTIONS),
  };
}

function toPosix(relative: string): string {
  return relative.split(path.sep).join("/");
}

/**
 * Regenerates the expected output of every fixture spec (test/fixtures/specs/<feature>/
 * __snapshots__/). Run after an intended change to the generator, then review the diff:
 *   npx tsx scripts/update-snapshots.ts
 */
import path from "node:path";
import { generate } from "../generator/generate.js";
import { fixtureOptions, validFixtures } from "./lib/fixtureSpecs.js";

let failed = 0;
for (const fixture of validFixtures()) {
  const result = await generate(fixtureOptions(fixture));
  if (!result.ok) {
    failed += 1;
    console.error(`${fixture.name}: refused\n  ${result.problems.join("\n  ")}`);
    continue;
  }
  const changed = result.stale.length + result.missing.length + result.extra.length;
  console.log(`${fixture.name}: ${changed === 0 ? "unchanged" : `${changed} file(s) changed`} (${path.relative(process.cwd(), fixture.snapshotDir)})`);
}
process.exitCode = failed === 0 ? 0 : 1;

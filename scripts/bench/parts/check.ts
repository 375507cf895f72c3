/**
 * Part 7, `check` on an unchanged tree (issue 14, point 2): the generator as installed
 * (compiled, so it trusts its version and asks the output's manifest first) against the
 * same `check --full`, which regenerates in memory and compares. This is what every CI run
 * of a consumer pays. The output is generated once from a copy of our spec, untimed.
 */
import { cp } from "node:fs/promises";
import path from "node:path";
import type { BenchContext } from "../lib/context.js";
import { findFigure, judge } from "../lib/figures.js";
import { OUR_SPEC } from "../lib/commands.js";
import { installedCopyFor } from "../lib/installedCopy.js";
import { SeriesCollector, type PartResult } from "../lib/part.js";
import { runToExit, spawnMeasured } from "../lib/spawnMeasured.js";
import { OURS } from "./generation.js";

const QUICK = "check (by manifest)";
const FULL = "check --full";

export async function runCheck(context: BenchContext): Promise<PartResult> {
  const installed = await installedCopyFor(context.workspace);
  const folder = await context.workspace.repoLikeFolder("check");
  const specPath = path.join(folder, "spec", "openapi.yaml");
  await cp(path.dirname(OUR_SPEC), path.dirname(specPath), { recursive: true });
  const target = ["--spec", specPath, "--out", path.join(folder, "generated")];
  await runToExit({ ...installed.cli("generate", ...target), cwd: folder, timeoutMs: 180_000 });
  const collector = new SeriesCollector();
  for (let run = 1; run <= context.runs; run++) {
    context.log(`check: run ${run}/${context.runs}`);
    for (const [measure, extra] of [[QUICK, []], [FULL, ["--full"]]] as const) {
      const measured = await spawnMeasured({ ...installed.cli("check", ...extra, ...target), cwd: folder, timeoutMs: 180_000 });
      if (measure === QUICK && !measured.stderr.includes("by its manifest")) throw new Error(`check: the installed check did not answer from the manifest: ${measured.stderr.trim()}`);
      collector.add({ part: "check", measure, input: "our spec, unchanged", subject: OURS, unit: "ms" }, measured.wallMs);
    }
  }
  const figures = collector.figures();
  const quick = findFigure(figures, OURS, QUICK, "our spec, unchanged");
  if (quick !== undefined) judge(quick, "< 1000 ms", quick.median < 1000);
  return { figures, notes: ["check: the installed (compiled) CLI, so the manifest is trusted; a checkout always regenerates"] };
}

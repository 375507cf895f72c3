/**
 * Loads one spec in a process of its own and prints what it cost: the problems (one
 * line each), the peak resident memory and the wall time. The hostile-spec tests run
 * it so a runaway load shows as a number, not as the test runner running out of memory.
 */
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { formatProblem } from "../../../generator/load/problem.js";

const specPath = process.argv[2];
if (specPath === undefined) throw new Error("usage: loadProbe.ts SPEC");
const started = performance.now();
const loaded = await loadSpec({ specPath });
const milliseconds = Math.round(performance.now() - started);
const maxRssBytes = process.resourceUsage().maxRSS * 1024;
process.stdout.write(JSON.stringify({ problems: loaded.problems.map(formatProblem), maxRssBytes, milliseconds }));

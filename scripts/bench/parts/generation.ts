/**
 * Part 1, cold generation as whole processes: our `generate` against openapi-typescript
 * (types only) and @hey-api/openapi-ts (types and SDK with its fetch client), on our spec and
 * on GitHub's REST description. Each run writes into a fresh folder outside the repository;
 * runs interleave the tools so that machine noise falls on all of them alike.
 */
import path from "node:path";
import type { BenchContext } from "../lib/context.js";
import { findFigure, judge, setRatios, type Figure } from "../lib/figures.js";
import { GITHUB_SPEC, OUR_SPEC, heyApiCli, openapiTypescriptCli, ourCli } from "../lib/commands.js";
import { SeriesCollector, type PartResult } from "../lib/part.js";
import { spawnMeasured } from "../lib/spawnMeasured.js";

export const OURS = "northflank-openapi";
export const OPENAPI_TYPESCRIPT = "openapi-typescript";
export const HEY_API = "@hey-api/openapi-ts";

interface Input {
  readonly name: string;
  readonly specPath: string;
  readonly timeoutMs: number;
}

interface Tool {
  readonly name: string;
  /** Makes a fresh folder and returns the command that generates into it. */
  prepare(context: BenchContext, specPath: string): Promise<{ command: string; args: string[]; cwd: string }>;
}

const tools: readonly Tool[] = [
  {
    name: OURS,
    prepare: async (context, specPath) => {
      // Generated code imports ../runtime/index.js, so the output needs a runtime beside it.
      const cwd = await context.workspace.repoLikeFolder("ours");
      return { ...ourCli("generate", "--spec", specPath, "--out", path.join(cwd, "generated")), cwd };
    },
  },
  {
    name: OPENAPI_TYPESCRIPT,
    prepare: async (context, specPath) => {
      const cwd = await context.workspace.folder("openapi-typescript");
      return { ...openapiTypescriptCli(specPath, "--output", path.join(cwd, "schema.ts")), cwd };
    },
  },
  {
    name: HEY_API,
    prepare: async (context, specPath) => {
      const cwd = await context.workspace.folder("hey-api");
      const output = path.join(cwd, "client");
      return { ...heyApiCli("--input", specPath, "--output", output, "--client", "@hey-api/client-fetch", "--silent", "--no-log-file"), cwd };
    },
  },
];

export async function runGeneration(context: BenchContext): Promise<PartResult> {
  const inputs: Input[] = [{ name: "our spec", specPath: OUR_SPEC, timeoutMs: 180_000 }];
  if (context.github && !context.smoke) inputs.push({ name: "GitHub REST", specPath: GITHUB_SPEC, timeoutMs: 420_000 });
  const collector = new SeriesCollector();
  const notes: string[] = [];
  for (const input of inputs) {
    const failed = new Set<string>();
    for (let run = 1; run <= context.runs; run++) {
      for (const tool of tools.filter((candidate) => !failed.has(candidate.name))) {
        context.log(`generation: ${input.name}, ${tool.name}, run ${run}/${context.runs}`);
        try {
          const prepared = await tool.prepare(context, input.specPath);
          const measured = await spawnMeasured({ ...prepared, timeoutMs: input.timeoutMs });
          collector.add({ part: "generation", measure: "wall time", input: input.name, subject: tool.name, unit: "ms" }, measured.wallMs);
          collector.add({ part: "generation", measure: "peak RSS", input: input.name, subject: tool.name, unit: "MB" }, measured.peakRssMb);
        } catch (error) {
          failed.add(tool.name);
          notes.push(`generation: ${tool.name} failed on ${input.name}: ${(error as Error).message}`);
        }
      }
    }
  }
  const figures = collector.figures();
  setRatios(figures, HEY_API);
  judgeGeneration(figures);
  return { figures, notes };
}

/** Targets: at most hey-api's time on both inputs; lower peak memory than hey-api on GitHub's. */
function judgeGeneration(figures: Figure[]): void {
  for (const input of ["our spec", "GitHub REST"]) {
    const ours = findFigure(figures, OURS, "wall time", input);
    if (ours?.ratio != null) judge(ours, "≤ 1.0× hey-api", ours.ratio <= 1);
  }
  const memory = findFigure(figures, OURS, "peak RSS", "GitHub REST");
  if (memory?.ratio != null) judge(memory, "< 1.0× hey-api", memory.ratio < 1);
}

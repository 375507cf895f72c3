/**
 * `northflank-openapi check [--spec FILE] [--out DIR] [--runtime MODULE] [--full]`: is the output
 * folder exactly what `generate` would write? Exit 0 current, 1 stale (lists stale, missing and
 * extra files), 2 bad input. Writes nothing.
 */
import type { Command } from "commander";
import { checkOutput } from "../../generator/generate.js";
import { outputSettings, type ConfigFlags } from "../config/configOption.js";
import { addOutputOptions } from "./outputOptions.js";

export function registerCheckCommand(program: Command): void {
  const command = program.command("check").description("Compare the output folder with a fresh generation, without writing.");
  addOutputOptions(command, "output folder")
    .addHelpText("after", "\nExit codes: 0 current, 1 stale/missing/extra files (listed), 2 bad input, 70 internal error (a bug).")
    .option("--full", "regenerate and compare even when the output's manifest shows it current")
    .action(async (flags: ConfigFlags & { full?: boolean }) => {
      const settings = outputSettings(command, flags);
      if (settings === null) return;
      const { out } = settings;
      const result = await checkOutput({
        specPath: settings.spec,
        outDir: settings.out,
        runtimeModule: settings.runtime,
        allowedRefRoots: settings.refRoots,
        lenient: settings.lenient,
        ...(settings.clientName !== undefined && { defaultClientName: settings.clientName }),
        ...(settings.envPrefix !== undefined && { defaultEnvPrefix: settings.envPrefix }),
        full: flags.full === true,
      });
      if (!result.ok) {
        for (const problem of result.problems) console.log(problem);
        console.error(`check: ${result.problems.length} problem(s) in the input`);
        process.exitCode = 2;
        return;
      }
      for (const warning of result.warnings) console.error(`check: warning: ${warning}`);
      for (const file of result.stale) console.log(`stale    ${out}/${file}`);
      for (const file of result.missing) console.log(`missing  ${out}/${file}`);
      for (const file of result.extra) console.log(`extra    ${out}/${file}`);
      for (const file of result.kept) console.error(`check: not generated, ignored: ${out}/${file}`);
      if (result.current) console.error(`check: ${out} is current${result.byManifest ? " (by its manifest; --full regenerates to compare)" : ""}`);
      else console.error(`check: ${out} differs from the spec; run \`npm run generate\``);
      process.exitCode = result.current ? 0 : 1;
    });
}

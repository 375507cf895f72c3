/**
 * `northflank-openapi lint [--spec FILE]`: prints each problem as
 * `file:line:col  rule  message` and exits 0 (clean), 1 (problems) or 2 (unreadable input).
 */
import type { Command } from "commander";
import { formatProblem } from "../../generator/load/problem.js";
import { addConfigOption, specSettings, type ConfigFlags } from "../config/configOption.js";
import { addRefRootOption } from "./refRootOption.js";

export function registerLintCommand(program: Command): void {
  const command = program
    .command("lint")
    .description("Check the spec: OpenAPI structure, Redocly's recommended rules, this project's rules, and every example against its schema.")
    .option("--spec <file>", "root OpenAPI file", "spec/openapi.yaml");
  addConfigOption(addRefRootOption(command))
    .addHelpText("after", "\nPrints one line per problem: file:line:col  rule  message\nExit codes: 0 clean, 1 problems, 2 unreadable input.")
    .action(async (flags: ConfigFlags) => {
      const settings = specSettings(command, flags);
      if (settings === null) return;
      // Loaded when the command runs, so the other commands' start-up never pays for the linter.
      const { lintSpec } = await import("../../generator/lint/lintSpec.js");
      const result = await lintSpec({ specPath: settings.spec, allowedRoots: settings.refRoots, ruleSets: settings.ruleSets });
      for (const problem of result.problems) console.log(formatProblem(problem));
      if (result.exitCode === 2) console.error(`lint: cannot read the spec ${settings.spec} (see above)`);
      else if (result.exitCode === 1) console.error(`lint: ${result.problems.length} problem(s) in ${settings.spec}`);
      process.exitCode = result.exitCode;
    });
}

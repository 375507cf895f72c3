/**
 * `northflank-openapi diff --base GIT-REF [--spec FILE] [--json | --markdown] [--allow-breaking]`:
 * the public API changes of the generated client since REF, each classified breaking or
 * compatible, with a suggested version bump. Exit 0 when none is breaking (or
 * `--allow-breaking`), 1 on a breaking change, 2 on bad input. Writes nothing.
 */
import { Option, type Command } from "commander";
import { DEFAULT_SPEC_PATH } from "../../generator/generate.js";
import type { ReportFormat } from "../../generator/diff/renderReport.js";

interface DiffFlags {
  readonly base: string;
  readonly spec: string;
  readonly json?: boolean;
  readonly markdown?: boolean;
  readonly allowBreaking?: boolean;
}

export function registerDiffCommand(program: Command): void {
  program
    .command("diff")
    .description("Compare the client generated from the spec at a git ref with the one from the working tree, and classify every public API change.")
    .requiredOption("--base <git-ref>", "the git ref (commit, branch, tag) to compare against")
    .option("--spec <file>", "root OpenAPI file", DEFAULT_SPEC_PATH)
    .addOption(new Option("--json", "machine-readable output").conflicts("markdown"))
    .addOption(new Option("--markdown", "Markdown output for a pull request comment").conflicts("json"))
    .option("--allow-breaking", "exit 0 even when a change is breaking")
    .addHelpText("after", "\nExit codes: 0 no breaking change (or --allow-breaking), 1 breaking change, 2 bad input (bad ref, broken spec).")
    .action(async (flags: DiffFlags) => {
      // Loaded when the command runs, so the other commands' start-up never pays for ts-morph.
      const [{ diffAgainstRef }, { renderReport }] = await Promise.all([import("../../generator/diff/diffAgainstRef.js"), import("../../generator/diff/renderReport.js")]);
      const result = await diffAgainstRef({ ref: flags.base, specPath: flags.spec });
      if (!result.ok) {
        for (const problem of result.problems) console.log(problem);
        console.error(`diff: ${result.message}`);
        process.exitCode = 2;
        return;
      }
      const format: ReportFormat = flags.json ? "json" : flags.markdown ? "markdown" : "text";
      process.stdout.write(renderReport({ report: result.report, base: result.base, specPath: flags.spec, format }));
      process.exitCode = result.report.breaking > 0 && !flags.allowBreaking ? 1 : 0;
    });
}

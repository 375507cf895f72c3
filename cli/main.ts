#!/usr/bin/env node
/**
 * The `northflank-openapi` command line. A thin mapping from flags onto the exported
 * stage functions; each command lives in its own module under `./commands/`.
 */
import { Command, CommanderError } from "commander";
import { registerLintCommand } from "./commands/lint.js";
import { registerGenerateCommand } from "./commands/generate.js";
import { registerCheckCommand } from "./commands/check.js";
import { registerMockCommand } from "./commands/mock.js";
import { registerDiffCommand } from "./commands/diff.js";
import { errorDetail } from "../generator/errorDetail.js";
import { TOOLCHAIN_VERSION } from "../generator/version.js";

const program = new Command("northflank-openapi")
  .description("Generate, check and lint the typed Northflank API client from its OpenAPI spec.")
  .version(TOOLCHAIN_VERSION, "-V, --version", "print the version and exit")
  .showHelpAfterError()
  .exitOverride();

// Each command module registers itself on `program`.
registerLintCommand(program);
registerGenerateCommand(program);
registerCheckCommand(program);
registerMockCommand(program);
registerDiffCommand(program);

/** sysexits' EX_SOFTWARE: the command failed through a fault of its own, not of its input. */
const INTERNAL_ERROR_EXIT_CODE = 70;

/** One line (the stack only on request) rather than an exit without a word, or a stack trace. */
function reportInternalError(error: unknown): void {
  console.error(`northflank-openapi: internal error (a bug; please report it): ${errorDetail(error)}`);
  process.exitCode = INTERNAL_ERROR_EXIT_CODE;
}

// A dependency's promise can fail where nothing awaits it (Redocly's resolver did, on a
// spec key named `constructor`); Node would print a stack and exit 1, which `check` uses
// for "stale". It is a bug like any other: report it so, and stop.
process.on("unhandledRejection", (reason) => {
  reportInternalError(reason);
  process.exit(INTERNAL_ERROR_EXIT_CODE);
});

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    // --help/--version (exit 0) or bad usage (exit 2): commander has already printed it.
    process.exitCode = error.exitCode === 0 ? 0 : 2;
  } else {
    // Commands report bad input themselves; anything thrown this far is a bug.
    reportInternalError(error);
  }
}

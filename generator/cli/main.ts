#!/usr/bin/env node
/**
 * The `northflank-openapi` command line. A thin mapping from flags onto the exported
 * stage functions; each command lives in its own module under `./commands/`.
 */
import { Command } from "commander";
import { registerLintCommand } from "./commands/lint.js";
import { registerGenerateCommand } from "./commands/generate.js";
import { registerCheckCommand } from "./commands/check.js";
import { registerMockCommand } from "./commands/mock.js";
import { registerDiffCommand } from "./commands/diff.js";

const program = new Command("northflank-openapi")
  .description("Generate, check and lint the typed Northflank API client from its OpenAPI spec.")
  .showHelpAfterError()
  .exitOverride();

// Each command module registers itself on `program`.
registerLintCommand(program);
registerGenerateCommand(program);
registerCheckCommand(program);
registerMockCommand(program);
registerDiffCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // commander throws on --help/--version (exit 0) and on bad usage (exit 2); print nothing twice.
  const code = (error as { exitCode?: number }).exitCode;
  process.exitCode = code === 0 ? 0 : 2;
}

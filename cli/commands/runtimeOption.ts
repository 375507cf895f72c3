/**
 * `--runtime <module>`, shared by `generate` and `check` (both must build the same
 * output): the module the generated files import the runtime from.
 */
import type { Command } from "commander";
import { DEFAULT_RUNTIME_MODULE, PACKAGE_RUNTIME_MODULE } from "../../generator/emit/runtimeModule.js";

export function addRuntimeOption(command: Command): Command {
  return command
    .option(
      "--runtime <module>",
      `module the generated files import the runtime from: a path relative to the output folder, or a package specifier; ` +
        `in your own project (package installed) pass ${PACKAGE_RUNTIME_MODULE}`,
      DEFAULT_RUNTIME_MODULE,
    )
    .addHelpText(
      "after",
      `\nOutside this repository (the package installed), pass --runtime ${PACKAGE_RUNTIME_MODULE}, e.g.\n` +
        `  northflank-openapi ${command.name()} --spec openapi.yaml --out src/northflank --runtime ${PACKAGE_RUNTIME_MODULE}`,
    );
}

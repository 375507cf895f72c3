/**
 * The options `generate` and `check` share, since both must build the same output: the
 * spec, the output folder, the runtime module, the folders `$ref`s may read, whether to
 * mend path parameters, and the project config that can hold all of them.
 */
import type { Command } from "commander";
import { DEFAULT_OUT_DIR, DEFAULT_SPEC_PATH } from "../../generator/generate.js";
import { addConfigOption } from "../config/configOption.js";
import { addRefRootOption } from "./refRootOption.js";
import { addRuntimeOption } from "./runtimeOption.js";

export function addOutputOptions(command: Command, outDescription: string): Command {
  command
    .option("--spec <file>", "root OpenAPI file", DEFAULT_SPEC_PATH)
    .option("--out <dir>", outDescription, DEFAULT_OUT_DIR)
    .option("--lenient", "generate path parameters the spec gets wrong instead of refusing them: undeclared ones as strings, unused ones dropped (a warning each)");
  return addConfigOption(addRefRootOption(addRuntimeOption(command)));
}

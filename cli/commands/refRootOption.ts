/**
 * `--ref-root <dir>`, shared by the commands that read a spec: by default a spec's
 * `$ref`s may read only files under the root file's own folder (never a URL), so that a
 * spec from a pull request cannot copy other files into the output. A spec whose files
 * are spread over sibling folders names the common folder here.
 */
import type { Command } from "commander";

export function addRefRootOption(command: Command): Command {
  return command.option(
    "--ref-root <dir>",
    "also let the spec's $refs read files under DIR (repeatable); by default only the spec's own folder, never a URL",
    (dir: string, earlier: readonly string[]) => [...earlier, dir],
    [] as readonly string[],
  );
}

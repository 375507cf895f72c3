/**
 * `lint`: bundle the spec, then check it with Redocly's recommended rules, this
 * project's rules and every example against its schema. Returns all problems of the
 * run, sorted by file and line, and the exit code the CLI should use.
 */
import path from "node:path";
import { lint as redoclyLint } from "../dependencies/redocly.js";
import { loadSpec, specResolver, type LoadSpecOptions } from "../load/loadSpec.js";
import { isUnreadableProblem, sortUniqueProblems, type SpecProblem } from "../load/problem.js";
import { fromRedoclyProblem } from "../load/redoclyProblem.js";
import { ExampleValidator } from "./exampleValidator.js";
import { lintConfig } from "./lintConfig.js";
import type { RuleSetName } from "./plugin.js";

/** The spec to lint, how far and how much it may read (as for loading), and the rule sets switched on. */
export interface LintSpecOptions extends LoadSpecOptions {
  /** Named sets of this project's rules to add (`northflank` for the Northflank spec's conventions). @default none */
  readonly ruleSets?: readonly RuleSetName[];
}

export interface LintResult {
  readonly problems: readonly SpecProblem[];
  /** 0 clean, 1 problems, 2 unreadable input (a file missing or not YAML). */
  readonly exitCode: 0 | 1 | 2;
}

export async function lintSpec(options: LintSpecOptions): Promise<LintResult> {
  const loaded = await loadSpec(options);
  if (loaded.problems.some(isUnreadableProblem)) return { problems: loaded.problems, exitCode: 2 };
  const ruleProblems = await runRules(options);
  const problems = sortUniqueProblems([...loaded.problems, ...ruleProblems]);
  return { problems, exitCode: problems.length === 0 ? 0 : 1 };
}

/** Redocly's walk over the original files (a fresh read: bundling rewrites the parsed objects). */
async function runRules(options: LintSpecOptions): Promise<SpecProblem[]> {
  const resolver = specResolver(options);
  let validator: ExampleValidator | undefined;
  const lazyValidator = () => (validator ??= new ExampleValidator(resolver.documents.values()));
  const config = await lintConfig(lazyValidator, options.ruleSets ?? []);
  const problems = await redoclyLint({ ref: path.resolve(options.specPath), config, externalRefResolver: resolver });
  return problems.filter((problem) => !problem.ignored).map(fromRedoclyProblem);
}

/**
 * Redocly's `struct` rule alone: the spec checked against the OpenAPI structure, each
 * problem pinned to its file and line. `generate` runs it only after a later stage has
 * thrown on a spec (almost always a value of the wrong type, such as a numeric
 * operationId, which openapi-typescript does not expect), so the user reads where the
 * spec is wrong rather than a library's internals. It stays off the normal path: it
 * is a second full pass over the spec, and real specs (GitHub's among them) carry
 * harmless structural slips, such as 3.0-style `nullable` without `type`, that the
 * generator otherwise copes with.
 */
import path from "node:path";
import { lint } from "../dependencies/redocly.js";
import { bundleConfig, specResolver, type LoadSpecOptions } from "./loadSpec.js";
import { sortUniqueProblems, type SpecProblem } from "./problem.js";
import { fromRedoclyProblem } from "./redoclyProblem.js";

/** Reads the files again within the same reach and limits as the loader. */
export async function structuralProblems(options: LoadSpecOptions): Promise<SpecProblem[]> {
  const problems = await lint({
    ref: path.resolve(options.specPath),
    config: await bundleConfig({ struct: "error" }),
    externalRefResolver: specResolver(options),
  });
  return sortUniqueProblems(problems.filter((problem) => !problem.ignored).map(fromRedoclyProblem));
}

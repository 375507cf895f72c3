/**
 * Redocly's problem shape turned into ours: the first location becomes the file, line,
 * column and pointer, so Redocly's findings print like the loader's.
 */
import type { NormalizedProblem } from "@redocly/openapi-core";
import type { SpecProblem } from "./problem.js";
import { toSourceLocation } from "./sourceLocation.js";
import { restorePrototypeKeyText } from "./prototypeKeys.js";

export function fromRedoclyProblem(problem: NormalizedProblem): SpecProblem {
  const location = problem.location[0];
  const at = location ? toSourceLocation(location) : { file: "?", line: 1, col: 1, pointer: null };
  return { ...at, rule: problem.ruleId, message: restorePrototypeKeyText(problem.message) };
}

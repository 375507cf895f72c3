/**
 * Refusals: specs that would produce a wrong client. A duplicated operationId would
 * make two functions claim one name; a path parameter the template uses but nothing
 * declares (or the reverse) could never be sent correctly.
 */
import type { SpecProblem } from "../load/problem.js";
import type { OperationEntry } from "../../openapi/operations.js";
import type { ParameterModel } from "./types.js";
import { MODEL_RULES, modelProblem, placeText, type ProblemContext } from "./modelProblem.js";
import { pathTemplateParameters } from "./parameter.js";

export function duplicateOperationIds(entries: readonly OperationEntry[], context: ProblemContext): SpecProblem[] {
  const firstById = new Map<string, OperationEntry>();
  const problems: SpecProblem[] = [];
  for (const entry of entries) {
    const id = entry.operation.operationId;
    if (typeof id !== "string") continue;
    const first = firstById.get(id);
    if (!first) firstById.set(id, entry);
    else {
      const message = `operationId "${id}" is also used by ${first.method.toUpperCase()} ${first.path} at ${placeText(context, `${first.pointer}/operationId`)}`;
      problems.push(modelProblem(context, `${entry.pointer}/operationId`, MODEL_RULES.duplicateOperationId, message));
    }
  }
  return problems;
}

export function pathParameterProblems(
  entry: OperationEntry,
  parameters: readonly ParameterModel[],
  context: ProblemContext,
): SpecProblem[] {
  const inTemplate = pathTemplateParameters(entry.path);
  const declared = parameters.filter((parameter) => parameter.in === "path").map((parameter) => parameter.name);
  const undeclared = inTemplate
    .filter((name) => !declared.includes(name))
    .map((name) =>
      modelProblem(context, entry.pointer, MODEL_RULES.undeclaredPathParameter,
        `${entry.method.toUpperCase()} ${entry.path} uses the path parameter {${name}}, which is not declared (--lenient generates it as a string path parameter)`),
    );
  const unused = declared
    .filter((name) => !inTemplate.includes(name))
    .map((name) =>
      modelProblem(context, entry.pointer, MODEL_RULES.unusedPathParameter,
        `${entry.method.toUpperCase()} ${entry.path} declares the path parameter "${name}", which the path does not contain (--lenient drops it)`),
    );
  return [...undeclared, ...unused];
}

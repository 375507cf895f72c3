/**
 * Names for all operations at once (they must be unique across the client), and the
 * check that the names derived from them (`<name>Operation`, `<Type>Args`, waiters)
 * do not clash: such a clash is refused, naming both places, rather than guessed at.
 */
import type { SpecProblem } from "../load/problem.js";
import type { OperationEntry } from "../../openapi/operations.js";
import type { OperationModel } from "./types.js";
import { operationName } from "./operationName.js";
import { resolveNameCollisions } from "./uniqueNames.js";
import { MODEL_RULES, modelProblem, placeText, type ProblemContext } from "./modelProblem.js";

/**
 * Members every generated client has besides its operations, and `isErrorOf`, which the
 * client file exports beside the operations' functions (index.ts re-exports both).
 */
export const CLIENT_MEMBERS: ReadonlySet<string> = new Set(["runtime", "isErrorOf"]);

/** The text a name came from: the operationId, else `METHOD path`. */
export function nameOrigin(entry: OperationEntry): string {
  const id = entry.operation.operationId;
  return typeof id === "string" ? id : `${entry.method.toUpperCase()} ${entry.path}`;
}

/** Unique function names, keyed by the operation's pointer. */
export function assignOperationNames(entries: readonly OperationEntry[]): Map<string, string> {
  const claims = entries.map((entry) => {
    const id = entry.operation.operationId;
    return {
      key: entry.pointer,
      original: nameOrigin(entry),
      wanted: operationName(typeof id === "string" ? id : null, entry.method, entry.path),
    };
  });
  return resolveNameCollisions(claims, CLIENT_MEMBERS);
}

/** Every declared name of the generated surface must be unique; report each clash once. */
export function derivedNameClashes(operations: readonly OperationModel[], context: ProblemContext): SpecProblem[] {
  const owners = new Map<string, OperationModel>();
  const problems: SpecProblem[] = [];
  for (const operation of operations) {
    for (const declared of declaredNames(operation)) {
      const owner = owners.get(declared);
      if (owner === undefined) owners.set(declared, operation);
      else if (owner !== operation) {
        const message = `the generated name "${declared}" of ${describe(operation)} clashes with ${describe(owner)} at ${placeText(context, owner.source.pointer)}`;
        problems.push(modelProblem(context, operation.source.pointer, MODEL_RULES.nameCollision, message));
      }
    }
  }
  return problems;
}

function declaredNames(operation: OperationModel): string[] {
  const { code } = operation;
  const names = [operation.name, code.specConst, code.argsType, code.resultType, code.errorType];
  if (code.itemType !== null) names.push(code.itemType);
  if (code.headersType !== null) names.push(code.headersType);
  if (code.withResponseName !== null) names.push(code.withResponseName);
  if (operation.waiter !== null) names.push(operation.waiter.name);
  return names;
}

function describe(operation: OperationModel): string {
  return `${operation.method.toUpperCase()} ${operation.path}`;
}

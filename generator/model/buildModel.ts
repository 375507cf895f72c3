/**
 * Stage 2 of the pipeline: the bundled document to the plain-data `ApiModel`. Returns
 * problems instead of throwing; a model with problems must not be emitted.
 */
import type { SpecProblem } from "../load/problem.js";
import { sortUniqueProblems } from "../load/problem.js";
import type { ApiModel, OperationModel } from "./types.js";
import { objectOrEmpty, stringOrNull, type SpecObject } from "../../openapi/specData.js";
import { listOperations } from "../../openapi/operations.js";
import { assignOperationNames, derivedNameClashes } from "./operationNames.js";
import { buildOperation } from "./operation.js";
import { usesReadWriteMarkers } from "./readWriteMarkers.js";
import { buildModules, operationTag } from "./modules.js";
import { readPathScopes } from "./scopedPaths.js";
import { readExtensionValue } from "./extensionValue.js";
import { resultPointerExtension } from "../../openapi/extensions/index.js";
import { MODEL_RULES, modelProblem, type ProblemContext } from "./modelProblem.js";
import { clientNames } from "./clientName.js";
import { duplicateOperationIds } from "./specChecks.js";
import type { Locate } from "./modelProblem.js";

export interface BuildModelOptions {
  /** The bundled document (see `loadSpec`). */
  readonly document: SpecObject;
  /** Maps a pointer of `document` to its source place (see `loadSpec`). */
  readonly locate: Locate;
  /** The spec file, for problems the loader cannot place. */
  readonly specFile: string;
  /** Client name when the spec has no `info.x-client-name`. @default "Api" */
  readonly defaultClientName?: string;
}

export interface BuildModelResult {
  readonly model: ApiModel;
  readonly problems: readonly SpecProblem[];
}

export function buildModel(options: BuildModelOptions): BuildModelResult {
  const { document } = options;
  const context = { locate: options.locate, specFile: options.specFile };
  const entries = listOperations(document);
  const names = assignOperationNames(entries);
  const { scopes, error: scopesError } = readPathScopes(document);
  const rootPointer = readExtensionValue(resultPointerExtension, document);
  const rootResultPointer = rootPointer.value ?? null;
  const readWriteMarkers = usesReadWriteMarkers(document);
  const problems: SpecProblem[] = [...duplicateOperationIds(entries, context), ...rootExtensionProblems(context, [scopesError, rootPointer.error])];
  const operations: OperationModel[] = [];
  for (const entry of entries) {
    const name = names.get(entry.pointer) ?? "operation";
    const built = buildOperation({ entry, document, name, tag: operationTag(entry.operation), rootResultPointer, scopes, context, readWriteMarkers });
    operations.push(built.operation);
    problems.push(...built.problems);
  }
  problems.push(...derivedNameClashes(operations, context));
  const info = objectOrEmpty(document.info);
  const client = clientNames(info["x-client-name"], options.defaultClientName ?? "Api");
  const clientFileNames = new Set(["runtime", "createRuntime", "isOperationError", "ApiErrorOf", "OperationIn", "OperationSpec", "paths", "isErrorOf", client.factoryName, client.clientTypeName]);
  return {
    model: {
      title: stringOrNull(info.title) ?? "",
      version: stringOrNull(info.version) ?? "",
      ...client,
      operations,
      modules: buildModules(document, operations, clientFileNames),
      hasWaiters: operations.some((operation) => operation.waiter !== null),
    },
    problems: sortUniqueProblems(problems),
  };
}

function rootExtensionProblems(context: ProblemContext, errors: readonly (string | null)[]): SpecProblem[] {
  return errors.filter((error) => error !== null).map((error) => modelProblem(context, "", MODEL_RULES.vendorExtension, error));
}

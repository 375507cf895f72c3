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
import { markerReach, usesReadWriteMarkers } from "./readWriteMarkers.js";
import { buildModules, operationTag } from "./modules.js";
import { readPathScopes } from "./scopedPaths.js";
import { readExtensionValue } from "./extensionValue.js";
import { resultPointerExtension } from "../../openapi/extensions/index.js";
import { MODEL_RULES, modelProblem, type ProblemContext } from "./modelProblem.js";
import { clientNames } from "./clientName.js";
import { readSecurity, readSecuritySchemes } from "../../openapi/security.js";
import { readServer } from "./server.js";
import { readEnvPrefix } from "./envPrefix.js";
import { clientOptionsType, profileLiteral } from "./runtimeProfile.js";
import { errorAliases } from "./errorAliases.js";
import { duplicateOperationIds } from "./specChecks.js";
import type { Locate } from "./modelProblem.js";

export interface BuildModelOptions {
  /** The bundled document (see `loadSpec`). */
  readonly document: SpecObject;
  /** Maps a pointer of `document` to its source place (see `loadSpec`). */
  readonly locate: Locate;
  /** The spec file, for problems the loader cannot place. */
  readonly specFile: string;
  /** Client name when the spec has no `info.x-client-name`; else `info.title` names it. */
  readonly defaultClientName?: string | undefined;
  /** Environment variable prefix when the spec has no `info.x-env-prefix`; else none is read. */
  readonly defaultEnvPrefix?: string | undefined;
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
  const reach = readWriteMarkers ? markerReach(document) : null;
  const schemes = readSecuritySchemes(document);
  const documentSecurity = readSecurity(document.security, schemes) ?? [];
  const info = objectOrEmpty(document.info);
  const envPrefix = readEnvPrefix(info["x-env-prefix"], options.defaultEnvPrefix);
  const aliases = errorAliases(info["x-error-alias-prefix"]);
  const problems: SpecProblem[] = [
    ...duplicateOperationIds(entries, context),
    ...rootExtensionProblems(context, [scopesError, rootPointer.error]),
    ...(envPrefix.error === null ? [] : [modelProblem(context, "/info/x-env-prefix", MODEL_RULES.vendorExtension, envPrefix.error)]),
    ...(aliases.error === null ? [] : [modelProblem(context, "/info/x-error-alias-prefix", MODEL_RULES.vendorExtension, aliases.error)]),
  ];
  const operations: OperationModel[] = [];
  for (const entry of entries) {
    const name = names.get(entry.pointer) ?? "operation";
    const tag = operationTag(entry.operation);
    const built = buildOperation({ entry, document, name, tag, rootResultPointer, scopes, context, markerReach: reach, schemes, documentSecurity });
    operations.push(built.operation);
    problems.push(...built.problems);
  }
  problems.push(...derivedNameClashes(operations, context));
  const client = clientNames({ specName: info["x-client-name"], configName: options.defaultClientName, title: info.title });
  const clientFileNames = new Set(["runtime", "createRuntime", "runtimeProfile", "isOperationError", "ApiErrorOf", "OperationIn", "OperationSpec", "paths", "isErrorOf", client.factoryName, client.clientTypeName]);
  const server = readServer(document);
  const operationSecurity = operations.flatMap((operation) => (operation.security === null ? [] : [operation.security]));
  return {
    model: {
      title: stringOrNull(info.title) ?? "",
      version: stringOrNull(info.version) ?? "",
      ...client,
      operations,
      modules: buildModules(document, operations, clientFileNames),
      profileLiteral: profileLiteral({ server, schemes, security: documentSecurity, operationSecurity, envPrefix: envPrefix.value }),
      clientOptionsType: clientOptionsType(server),
      errorAliases: aliases.aliases,
      hasWaiters: operations.some((operation) => operation.waiter !== null),
      readWriteMarkers,
    },
    problems: sortUniqueProblems(problems),
  };
}

function rootExtensionProblems(context: ProblemContext, errors: readonly (string | null)[]): SpecProblem[] {
  return errors.filter((error) => error !== null).map((error) => modelProblem(context, "", MODEL_RULES.vendorExtension, error));
}

/**
 * Operation Object (OpenAPI 3.1 §4.8.10) to `OperationModel`. The name is decided
 * beforehand (it depends on every other operation); everything else comes from this
 * operation, its path item, and the document-level vendor extensions.
 */
import type { SpecProblem } from "../load/problem.js";
import type { OperationEntry } from "../../openapi/operations.js";
import type { OperationModel } from "./types.js";
import { stringOrNull } from "../../openapi/specData.js";
import { buildParameters } from "./parameter.js";
import { buildRequestBody } from "./requestBody.js";
import { buildResponses, responseParse, resultPointer, successHeaders, successMediaType } from "./response.js";
import { isIdempotent } from "./idempotency.js";
import { idempotentExtension, permissionExtension, resultPointerExtension } from "../../openapi/extensions/index.js";
import { readExtensionValue } from "./extensionValue.js";
import { readPagination } from "./pagination.js";
import { readWaiter } from "./waiter.js";
import { readScopedPaths, type PathScope } from "./scopedPaths.js";
import { operationDocLines, waiterDocLines } from "./docText.js";
import { operationCode, type MarkedSides } from "./operationCode.js";
import { pathParameterProblems } from "./specChecks.js";
import { MODEL_RULES, modelProblem, type ProblemContext } from "./modelProblem.js";
import { toPascalIdentifier } from "./identifier.js";
import { readSecurity, sameSecurity, type AuthSchemeModel, type SecurityModel } from "../../openapi/security.js";
import type { MarkerReach } from "./readWriteMarkers.js";

export interface OperationInput {
  readonly entry: OperationEntry;
  readonly document: Readonly<Record<string, unknown>>;
  readonly name: string;
  readonly tag: string;
  readonly rootResultPointer: string | null;
  readonly scopes: ReadonlyMap<string, PathScope>;
  readonly context: ProblemContext;
  /** What reaches a readOnly/writeOnly schema; null when the document marks none (readWriteMarkers.ts). */
  readonly markerReach: MarkerReach | null;
  readonly schemes: ReadonlyMap<string, AuthSchemeModel>;
  /** The document's `security`. */
  readonly documentSecurity: SecurityModel;
}

/** Which sides of the operation reach a readOnly/writeOnly schema, and so go through `Writable` / `Readable`. */
function markedSides(entry: OperationEntry, reach: MarkerReach | null): MarkedSides {
  if (reach === null) return { request: false, response: false };
  const raw = entry.operation;
  return { request: reach.reaches([entry.pathItem.parameters, raw.parameters, raw.requestBody]), response: reach.reaches(raw.responses) };
}

/** The operation's `security` when it asks for something else than the document's; null otherwise. */
function ownSecurity(raw: Readonly<Record<string, unknown>>, input: OperationInput): SecurityModel | null {
  const security = readSecurity(raw.security, input.schemes);
  return security === null || sameSecurity(security, input.documentSecurity) ? null : security;
}

export function buildOperation(input: OperationInput): { operation: OperationModel; problems: SpecProblem[] } {
  const { entry, document, name, context } = input;
  const raw = entry.operation;
  const parameters = buildParameters(document, entry.pathItem, raw);
  const requestBody = buildRequestBody(document, raw);
  const responses = buildResponses(document, raw);
  const parse = responseParse(responses);
  const hasSuccessBody = successMediaType(responses) !== null;
  const ownPointer = readExtensionValue(resultPointerExtension, raw);
  const pointer = resultPointer(input.rootResultPointer, ownPointer.value, parse, hasSuccessBody);
  const { pagination, error: paginationError } = readPagination(raw);
  const { waiter, error: waiterError } = readWaiter(raw);
  const scoped = readScopedPaths(raw, parameters, input.scopes);
  const summary = stringOrNull(raw.summary);
  const description = stringOrNull(raw.description);
  const declaredPermission = readExtensionValue(permissionExtension, raw);
  const permission = declaredPermission.value ?? null;
  const deprecated = raw.deprecated === true;
  const typeName = toPascalIdentifier(name) || "Operation";
  const operationId = stringOrNull(raw.operationId);
  const declaredIdempotent = readExtensionValue(idempotentExtension, raw);
  const idempotent = isIdempotent(entry.method, declaredIdempotent.value);
  const security = ownSecurity(raw, input);
  const extensionErrors = [paginationError, waiterError, ownPointer.error, declaredPermission.error, declaredIdempotent.error, ...scoped.errors].filter(
    (error) => error !== null,
  );
  const operation: OperationModel = {
    operationId,
    name,
    typeName,
    method: entry.method,
    path: entry.path,
    tag: input.tag,
    summary,
    description,
    permission,
    deprecated,
    idempotent,
    parameters,
    requestBody,
    responses,
    argsRequired: parameters.some((parameter) => parameter.required) || requestBody?.required === true,
    responseParse: parse,
    resultPointer: pointer,
    scopedPaths: scoped.scopedPaths,
    scopeParameters: scoped.scopeParameters,
    pagination,
    waiter,
    security,
    docLines: operationDocLines({ summary, description, method: entry.method, path: entry.path, permission, deprecated }),
    waiterDocLines: waiter ? waiterDocLines(name, waiter) : [],
    code: operationCode({
      name, typeName, operationId, method: entry.method, path: entry.path, idempotent,
      scopedPaths: scoped.scopedPaths, scopeParameters: scoped.scopeParameters, resultPointer: pointer,
      requestMediaType: requestBody?.mediaType ?? null, responseParse: parse, hasSuccessBody, pagination, waiter, security,
      markedSides: markedSides(entry, input.markerReach),
      parameters, successHeaders: successHeaders(responses),
    }),
    source: { pointer: entry.pointer },
  };
  const problems = [
    ...pathParameterProblems(entry, parameters, context),
    ...extensionErrors.map((error) => modelProblem(context, entry.pointer, MODEL_RULES.vendorExtension, error)),
  ];
  return { operation, problems };
}


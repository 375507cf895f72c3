/**
 * The TypeScript text of one operation's declarations: its `OperationSpec` literal and
 * the type expressions of its arguments, result and (when paginated) items. Types refer
 * to openapi-typescript's `paths` by path and method; they never restate a schema.
 */
import type {
  OperationCode,
  PaginationModel,
  ParameterModel,
  ResponseHeaderModel,
  ResponseParse,
  ScopedPathModel,
  ScopeParameterModel,
  WaiterModel,
} from "./types.js";
import { pointerKeys } from "./jsonPointer.js";

export interface OperationCodeInput {
  readonly name: string;
  readonly typeName: string;
  readonly operationId: string | null;
  readonly method: string;
  readonly path: string;
  readonly idempotent: boolean;
  readonly scopedPaths: readonly ScopedPathModel[];
  readonly scopeParameters: readonly ScopeParameterModel[];
  readonly resultPointer: string | null;
  readonly requestMediaType: string | null;
  readonly responseParse: ResponseParse;
  readonly hasSuccessBody: boolean;
  readonly pagination: PaginationModel | null;
  readonly waiter: WaiterModel | null;
  /** Carried only when the operation's own differs from the document's (see OperationModel.security). */
  readonly security: readonly (readonly string[])[] | null;
  /** The document marks schemas readOnly/writeOnly: arguments go through `Writable`, results through `Readable`. */
  readonly markedSides: MarkedSides;
  readonly parameters: readonly ParameterModel[];
  /** The headers of the 2xx responses (response.ts `successHeaders`). */
  readonly successHeaders: readonly ResponseHeaderModel[];
}

/** Whether the operation's request side (parameters, body) and response side reach a readOnly/writeOnly schema. */
export interface MarkedSides {
  readonly request: boolean;
  readonly response: boolean;
}

export function operationCode(input: OperationCodeInput): OperationCode {
  const operationType = `paths[${JSON.stringify(input.path)}][${JSON.stringify(input.method)}]`;
  const requestSide = input.markedSides.request ? `Writable<${operationType}>` : operationType;
  const responseSide = input.markedSides.response ? `Readable<${operationType}>` : operationType;
  const body = `SuccessBody<${responseSide}>`;
  return {
    specConst: `${input.name}Operation`,
    specLiteral: specLiteral(input),
    argsType: `${input.typeName}Args`,
    resultType: `${input.typeName}Result`,
    itemType: input.pagination ? `${input.typeName}Item` : null,
    argsTypeExpression: argsTypeExpression(requestSide, input.scopeParameters),
    resultTypeExpression: resultTypeExpression(body, input),
    itemTypeExpression: input.pagination ? `NonNullable<${indexedType(body, pointerKeys(input.pagination.itemsPointer) ?? [])}>[number]` : null,
    errorType: `${input.typeName}Error`,
    errorTypeExpression: `ErrorResponse<${responseSide}>`,
    // The result type is SuccessBody's unless the response is read as text or a Blob; an item type always is.
    usesSuccessBody: input.responseParse === "json" || input.pagination !== null,
    usesReadable: input.markedSides.response,
    usesWritable: input.markedSides.request,
    ...headersCode(input, operationType),
  };
}

/**
 * The typed raw call of an operation whose 2xx responses declare headers: the header types
 * travel in its own function, not in the descriptor, so only bundles that call it pay for them.
 */
function headersCode(input: OperationCodeInput, operationType: string): Pick<OperationCode, "headersType" | "headersTypeExpression" | "withResponseName" | "headerTypesLiteral"> {
  if (input.successHeaders.length === 0) return { headersType: null, headersTypeExpression: null, withResponseName: null, headerTypesLiteral: null };
  return {
    headersType: `${input.typeName}Headers`,
    headersTypeExpression: `ResponseHeaders<${operationType}>`,
    withResponseName: `${input.name}WithResponse`,
    headerTypesLiteral: JSON.stringify(Object.fromEntries(input.successHeaders.map((header) => [header.name, header.type]))),
  };
}

function argsTypeExpression(operationType: string, scopeParameters: readonly ScopeParameterModel[]): string {
  if (scopeParameters.length === 0) return `CallArgs<${operationType}>`;
  const fields = scopeParameters.map((parameter) => `${JSON.stringify(parameter.name)}: ${parameter.type}`);
  return `CallArgs<${operationType}, { ${fields.join("; ")} }>`;
}

function resultTypeExpression(body: string, input: OperationCodeInput): string {
  if (input.responseParse === "text") return "string";
  if (input.responseParse !== "json") return "Blob";
  if (!input.hasSuccessBody || input.resultPointer === null) return body;
  return indexedType(body, pointerKeys(input.resultPointer) ?? []);
}

/** `T["a"]`, then `NonNullable<T["a"]>["b"]`: optional members on the way do not block the lookup. */
export function indexedType(base: string, keys: readonly string[]): string {
  return keys.reduce(
    (type, key, index) => `${index === 0 ? type : `NonNullable<${type}>`}[${JSON.stringify(key)}]`,
    base,
  );
}

/** The `OperationSpec` the runtime reads (docs/runtime-contract.md), as JSON text. */
function specLiteral(input: OperationCodeInput): string {
  const scopedPaths = Object.fromEntries(
    input.scopedPaths.map((scoped) => [scoped.scope, { path: scoped.path, parameters: scoped.parameters }]),
  );
  const styled = input.parameters.filter((parameter) => parameter.queryStyle !== null);
  return JSON.stringify({
    operationId: input.operationId ?? input.name,
    method: input.method,
    path: input.path,
    idempotent: input.idempotent,
    scopedPaths,
    resultPointer: input.resultPointer,
    requestMediaType: input.requestMediaType,
    responseParse: input.responseParse,
    pagination: input.pagination,
    waiter: input.waiter,
    // Optional, left out (not null) when empty: most operations have no such parameter.
    queryStyles: styled.length > 0 ? Object.fromEntries(styled.map((parameter) => [parameter.name, parameter.queryStyle])) : undefined,
    // Absent, not null, when it is the document's: every byte of a descriptor is paid per operation.
    ...(input.security !== null && { security: input.security }),
  });
}

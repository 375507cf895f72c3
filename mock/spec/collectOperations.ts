/**
 * Reads the operations the mock serves out of the bundled OpenAPI document, once at
 * start-up: method, path and team-scoped paths, parameters by location (each with the
 * pointer of its schema, so ajv compiles the spec's own schema in place), and the
 * request body. OpenAPI 3.1 §4.8.8 (Path Item: path-level parameters apply to every
 * operation, an operation's own parameter with the same name and `in` wins).
 */
import type { HttpMethod } from "../../openapi/httpMethods.js";
import { listOperations, type OperationEntry } from "../../openapi/operations.js";
import { childPointer, toPointer, valueAt } from "../../openapi/jsonPointer.js";
import { paginationExtension, pathScopesExtension, readIfValid, scopedPathsExtension, waiterExtension } from "../../openapi/extensions/index.js";
import { resolveAt } from "../../openapi/refs.js";
import { readSecurity, readSecuritySchemes, type AuthSchemeModel, type SecurityModel } from "../../openapi/security.js";

export interface MockParameter {
  readonly name: string;
  readonly in: "path" | "query";
  readonly required: boolean;
  /** Pointer of the parameter's `schema` in the bundled document. */
  readonly schemaPointer: string;
}

export interface MockRequestBody {
  readonly required: boolean;
  /** Pointer of the `application/json` schema in the bundled document. */
  readonly schemaPointer: string;
}

export interface MockOperation {
  readonly operationId: string;
  readonly method: HttpMethod;
  /** The plain path template, e.g. `/v1/projects/{projectId}`. */
  readonly path: string;
  /** `x-scoped-paths`: scope name to path template. */
  readonly scopedPaths: Readonly<Record<string, string>>;
  /** Parameters of the plain path; scope parameters are added per scoped path. */
  readonly parameters: readonly MockParameter[];
  /** Parameters each scope adds (from the root's `x-path-scopes`). */
  readonly scopeParameters: Readonly<Record<string, readonly MockParameter[]>>;
  readonly requestBody: MockRequestBody | null;
  /** Pointer of the operation object, e.g. `/paths/~1v1~1projects/post`. */
  readonly pointer: string;
  /** The documented success answer: the lowest 2xx status, and its JSON schema's pointer (`null` when it has no JSON body). */
  readonly success: { readonly status: number; readonly schemaPointer: string | null };
  /** `x-pagination.itemsPointer` of a list operation: where the page's items sit in the body. */
  readonly itemsPointer: string | null;
  /** `x-waiter` of an operation that reads a resource whose status moves on by itself. */
  readonly waiter: MockWaiter | null;
  /** The operation's own `security`; null: the document's. */
  readonly security: SecurityModel | null;
}

export interface MockWaiter {
  /** Where the status sits in the 2xx body, e.g. `/data/status`. */
  readonly statusPointer: string;
  readonly done: readonly string[];
  readonly failed: readonly string[];
}

type Json = Record<string, unknown>;

export function collectOperations(document: Json, schemes: ReadonlyMap<string, AuthSchemeModel> = readSecuritySchemes(document)): MockOperation[] {
  const scopes = collectScopeParameters(document);
  return listOperations(document).map((entry) => readOperation(document, entry, scopes, schemes));
}

function readOperation(document: Json, entry: OperationEntry, scopes: Record<string, MockParameter[]>, schemes: ReadonlyMap<string, AuthSchemeModel>): MockOperation {
  const { path, method, operation, pathItemPointer } = entry;
  // Schemas are compiled where they are written, so pointers start at the resolved path item.
  const pointer = childPointer(pathItemPointer, method);
  const operationId = operation.operationId;
  if (typeof operationId !== "string") throw new Error(`${pointer}: operation has no operationId`);
  const scopedPaths = readIfValid(scopedPathsExtension, operation) ?? {};
  const scopeParameters: Record<string, MockParameter[]> = {};
  for (const scope of Object.keys(scopedPaths)) {
    const parameters = scopes[scope];
    if (parameters === undefined) throw new Error(`${pointer}: x-scoped-paths names scope "${scope}", which x-path-scopes does not declare`);
    scopeParameters[scope] = parameters;
  }
  return {
    operationId,
    method,
    path,
    scopedPaths,
    parameters: mergeParameters(document, [`${pathItemPointer}/parameters`, `${pointer}/parameters`]),
    scopeParameters,
    requestBody: readRequestBody(document, `${pointer}/requestBody`),
    pointer,
    success: readSuccess(document, `${pointer}/responses`),
    itemsPointer: readItemsPointer(operation),
    waiter: readWaiter(operation),
    security: readSecurity(operation.security, schemes),
  };
}

/** Later lists override earlier ones by `in` + `name`. Header and cookie parameters are not checked by the mock. */
function mergeParameters(document: Json, listPointers: readonly string[]): MockParameter[] {
  const byKey = new Map<string, MockParameter>();
  for (const listPointer of listPointers) {
    const list = valueAt(document, listPointer);
    if (!Array.isArray(list)) continue;
    list.forEach((_, index) => {
      const parameter = readParameter(document, `${listPointer}/${index}`);
      if (parameter !== null) byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    });
  }
  return [...byKey.values()];
}

function readParameter(document: Json, pointer: string): MockParameter | null {
  const { value, pointer: at } = resolveAt(document, pointer);
  const parameter = value as Json;
  if (parameter.in !== "path" && parameter.in !== "query") return null;
  return {
    name: String(parameter.name),
    in: parameter.in,
    required: parameter.in === "path" || parameter.required === true,
    schemaPointer: `${at}/schema`,
  };
}

function readRequestBody(document: Json, pointer: string): MockRequestBody | null {
  if (valueAt(document, pointer) === undefined) return null;
  const { value, pointer: at } = resolveAt(document, pointer);
  const body = value as Json;
  const content = (body.content ?? {}) as Json;
  if (content["application/json"] === undefined) return null;
  return { required: body.required === true, schemaPointer: childPointer(at, "content", "application/json", "schema") };
}

function collectScopeParameters(document: Json): Record<string, MockParameter[]> {
  const scopes = readIfValid(pathScopesExtension, document) ?? {};
  const result: Record<string, MockParameter[]> = {};
  for (const name of Object.keys(scopes)) {
    result[name] = mergeParameters(document, [toPointer(["x-path-scopes", name, "parameters"])]);
  }
  return result;
}

function readSuccess(document: Json, pointer: string): MockOperation["success"] {
  const responses = (valueAt(document, pointer) ?? {}) as Json;
  const codes = Object.keys(responses).filter((code) => /^2\d\d$/.test(code)).sort();
  const code = codes[0];
  if (code === undefined) return { status: 200, schemaPointer: null };
  const { value, pointer: at } = resolveAt(document, `${pointer}/${code}`);
  const content = ((value as Json).content ?? {}) as Json;
  const schemaPointer = content["application/json"] === undefined ? null : childPointer(at, "content", "application/json", "schema");
  return { status: Number(code), schemaPointer };
}

/** A malformed extension (which lint reports) is served as if absent. */
function readItemsPointer(operation: Readonly<Json>): string | null {
  return readIfValid(paginationExtension, operation)?.itemsPointer ?? null;
}

function readWaiter(operation: Readonly<Json>): MockWaiter | null {
  return readIfValid(waiterExtension, operation) ?? null;
}

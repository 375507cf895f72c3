/**
 * Validates requests against the spec's own schemas with ajv (JSON Schema 2020-12,
 * the dialect of OpenAPI 3.1). The bundled document is registered once under the id
 * `spec`, and each operation's validators reference their schemas there by pointer,
 * so internal `$ref`s resolve exactly as in the spec. Validators are compiled lazily,
 * once per operation (and path scope), then reused: no spec walking per request.
 */
import type { ValidateFunction } from "ajv/dist/2020.js";
import type { MockOperation, MockParameter } from "../spec/collectOperations.js";
import { formatValidationErrors, type ValidationDetail } from "./formatValidationErrors.js";
import { lazily, newSpecAjv, SPEC_ID } from "./specAjv.js";

/** What is validated besides the body. Query values are coerced (`"20"` to `20`) and defaults filled in place. */
export interface RequestParams {
  path: Record<string, string>;
  query: Record<string, unknown>;
}

export interface RequestValidator {
  /** `[]` when the parameters are valid. */
  checkParams(operation: MockOperation, scope: string | null, params: RequestParams): ValidationDetail[];
  /** `[]` when the body is valid. `body` is `undefined` when the request had none. */
  checkBody(operation: MockOperation, body: unknown): ValidationDetail[];
}

export function createRequestValidator(document: Record<string, unknown>): RequestValidator {
  // Each ajv instance walks the whole document when it is registered, so it is built on
  // the first request that needs it, not at start-up (the mock answers sooner).
  const paramsAjv = lazily(() => newSpecAjv(document, { coerceTypes: "array", useDefaults: true }));
  const bodyAjv = lazily(() => newSpecAjv(document, {}));
  const paramValidators = new Map<string, ValidateFunction>();
  const bodyValidators = new Map<string, ValidateFunction>();

  return {
    checkParams(operation, scope, params) {
      const key = `${operation.operationId} ${scope ?? ""}`;
      let validate = paramValidators.get(key);
      if (validate === undefined) {
        const scopeParameters = scope === null ? [] : (operation.scopeParameters[scope] ?? []);
        validate = paramsAjv().compile(paramsSchema([...scopeParameters, ...operation.parameters]));
        paramValidators.set(key, validate);
      }
      return validate(params) ? [] : formatValidationErrors(validate.errors ?? [], "");
    },
    checkBody(operation, body) {
      const requestBody = operation.requestBody;
      if (requestBody === null) return [];
      if (body === undefined) return requestBody.required ? [{ field: "body", message: "is required" }] : [];
      let validate = bodyValidators.get(operation.operationId);
      if (validate === undefined) {
        validate = bodyAjv().compile({ $ref: `${SPEC_ID}#${requestBody.schemaPointer}` });
        bodyValidators.set(operation.operationId, validate);
      }
      return validate(body) ? [] : formatValidationErrors(validate.errors ?? [], "body");
    },
  };
}

/** `{ path: {...}, query: {...} }`, each property pointing at the parameter's schema in the spec. */
function paramsSchema(parameters: readonly MockParameter[]): Record<string, unknown> {
  const group = (location: "path" | "query") => {
    const members = parameters.filter((parameter) => parameter.in === location);
    return {
      type: "object",
      properties: Object.fromEntries(members.map((p) => [p.name, { $ref: `${SPEC_ID}#${p.schemaPointer}` }])),
      required: members.filter((p) => p.required).map((p) => p.name),
    };
  };
  return { type: "object", properties: { path: group("path"), query: group("query") } };
}

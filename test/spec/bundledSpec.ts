/**
 * Test helpers over the bundled real spec: its operations, and a validator for an
 * operation's JSON request body (ajv, JSON Schema 2020-12, formats on, as `lint` uses).
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { loadSpec, type BundledDocument } from "../../generator/load/loadSpec.js";
import { childPointer } from "../../openapi/jsonPointer.js";
import { listOperations } from "../../openapi/operations.js";

const addFormats = addFormatsModule.default;
const BUNDLE_ID = "https://northflank-openapi.test/bundle.json";

export const SPEC_PATH = "spec/openapi.yaml";

export interface OperationRef {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  readonly operation: Record<string, unknown>;
}

export async function loadBundledSpec(): Promise<BundledDocument> {
  const spec = await loadSpec({ specPath: SPEC_PATH });
  if (spec.problems.length > 0) throw new Error(`${SPEC_PATH} does not load: ${spec.problems.map((p) => p.message).join("; ")}`);
  return spec.document;
}

export function operationsOf(document: BundledDocument): OperationRef[] {
  return listOperations(document).map(({ path, method, operation }) => ({ operationId: String(operation.operationId), method, path, operation }));
}

/** Validates JSON bodies against `operationId`'s `application/json` request schema. */
export function requestBodyValidator(document: BundledDocument, operationId: string): ValidateFunction {
  const found = operationsOf(document).find((op) => op.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId}`);
  const bodyPointer = requestBodyPointer(document, found);
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  ajv.addSchema(document, BUNDLE_ID);
  return ajv.compile({ $ref: `${BUNDLE_ID}#${encodeFragment(childPointer(bodyPointer, "content", "application/json", "schema"))}` });
}

/** The pointer of the operation's Request Body Object, following one `$ref` to `components`. */
function requestBodyPointer(document: BundledDocument, op: OperationRef): string {
  const body = op.operation.requestBody as { $ref?: string } | undefined;
  if (!body) throw new Error(`${op.operationId} has no request body`);
  if (typeof body.$ref === "string") return body.$ref.slice(1);
  return childPointer("/paths", op.path, op.method, "requestBody");
}

function encodeFragment(pointer: string): string {
  return pointer.split("/").map((segment) => encodeURIComponent(segment)).join("/");
}

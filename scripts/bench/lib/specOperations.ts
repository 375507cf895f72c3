/**
 * Every operation of a spec as the consumer files of the type-check part need it: the
 * operationId, method and path, the path parameters, the required query parameters with a
 * value, and a request body taken from the spec's own examples. Read with our loader (bundled,
 * internal `$ref`s kept) and the shared operation list, so `$ref`s are followed here.
 */
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { listOperations } from "../../../openapi/operations.js";
import { followRefs } from "../../../openapi/refs.js";

export interface SpecOperation {
  readonly operationId: string;
  readonly method: string;
  readonly path: string;
  /** Each path parameter, in order, with a value its schema accepts. */
  readonly pathValues: Readonly<Record<string, string>>;
  readonly requiredQuery: Readonly<Record<string, unknown>>;
  /** The first example of the JSON request body; null when the operation takes no body. */
  readonly body: unknown;
  readonly hasBody: boolean;
}

type Json = Record<string, unknown>;


export async function readSpecOperations(specPath: string): Promise<SpecOperation[]> {
  const loaded = await loadSpec({ specPath });
  if (loaded.problems.length > 0) throw new Error(`cannot load ${specPath}: ${loaded.problems.length} problem(s), first: ${JSON.stringify(loaded.problems[0])}`);
  const document = loaded.document;
  return listOperations(document).map((entry) => describeOperation(document, entry.path, entry.method, entry.pathItem as Json, entry.operation as Json));
}

function describeOperation(document: Json, path: string, method: string, item: Json, operation: Json): SpecOperation {
  const parameters = [...asArray(item.parameters), ...asArray(operation.parameters)].map((parameter) => deref(document, parameter));
  const requiredQuery: Record<string, unknown> = {};
  for (const parameter of parameters.filter((p) => p.in === "query" && p.required === true)) {
    requiredQuery[String(parameter.name)] = parameter.example ?? deref(document, parameter.schema).default ?? "x";
  }
  const pathValues: Record<string, string> = {};
  for (const parameter of parameters.filter((p) => p.in === "path")) pathValues[String(parameter.name)] = pathValue(document, parameter);
  const requestBody = operation.requestBody === undefined ? null : deref(document, operation.requestBody);
  return {
    operationId: String(operation.operationId),
    method,
    path,
    pathValues,
    requiredQuery,
    body: requestBody === null ? null : exampleBody(document, requestBody),
    hasBody: requestBody !== null,
  };
}

/** A value the parameter's type accepts: its example, else its schema's, else the first of an enum (a provider name), else any id. */
function pathValue(document: Json, parameter: Json): string {
  const schema = deref(document, parameter.schema);
  const candidate = parameter.example ?? schema.example ?? (Array.isArray(schema.enum) ? schema.enum[0] : undefined);
  return candidate === undefined ? "bench-id" : String(candidate);
}

function exampleBody(document: Json, requestBody: Json): unknown {
  const media = deref(document, (requestBody.content as Json | undefined)?.["application/json"]);
  const firstExample = Object.values((media.examples ?? {}) as Json)[0];
  if (firstExample !== undefined) return deref(document, firstExample).value;
  return media.example ?? deref(document, media.schema).example ?? {};
}

/** `node` with its internal `$ref`s followed (a dangling or outside one throws, naming it); `{}` for nothing. */
function deref(document: Json, node: unknown): Json {
  return (followRefs(document, { value: node ?? {}, pointer: "(operation)" }).value ?? {}) as Json;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

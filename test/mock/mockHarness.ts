/**
 * Test harness for the mock: starts it on 127.0.0.1 with a clock the test moves,
 * calls operations by operationId (the URL is built from the spec's own path
 * templates, not from the mock's router), and validates every response against the
 * operation's response schema in the spec, so the mock can never drift from it.
 */
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { loadSpec } from "../../generator/load/loadSpec.js";
import { startMockServer, type MockServer, type MockServerOptions } from "../../mock/index.js";
import { collectOperations, type MockOperation } from "../../mock/spec/collectOperations.js";
import { toPointer } from "../../openapi/jsonPointer.js";

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

export const STEP_MS = 50;
export const TOKEN = "test-token";

export interface CallOptions {
  readonly path?: Record<string, string>;
  readonly query?: Record<string, string | number>;
  readonly body?: unknown;
  /** `null` sends no Authorization header. @default TOKEN */
  readonly token?: string | null;
  /** Use the operation's `x-scoped-paths` entry for this scope. */
  readonly scope?: string;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any;
}

export interface Harness {
  readonly server: MockServer;
  readonly document: Record<string, unknown>;
  readonly operations: ReadonlyMap<string, MockOperation>;
  /** Every operationId that has answered 200 through `call`. */
  readonly succeeded: Set<string>;
  /** Moves the mock's clock forward. */
  advance(ms: number): void;
  call(operationId: string, options?: CallOptions): Promise<CallResult>;
  /** A request outside the spec's operations (unknown routes, wrong methods); not schema-checked. */
  raw(method: string, path: string, init?: { body?: string; token?: string | null }): Promise<CallResult>;
  /** The spec's named request example of an operation. */
  example(operationId: string, name: string): Record<string, unknown>;
  /** The first named request example of an operation, if the spec gives one. */
  firstExample(operationId: string): unknown;
  close(): Promise<void>;
}

let documentPromise: Promise<Record<string, unknown>> | null = null;

/** The bundled spec, loaded once per test file. */
export function specDocument(): Promise<Record<string, unknown>> {
  documentPromise ??= loadSpec({ specPath: "spec/openapi.yaml" }).then((loaded) => {
    if (loaded.problems.length > 0) throw new Error(`spec has problems: ${loaded.problems.map((p) => p.message).join("; ")}`);
    return loaded.document;
  });
  return documentPromise;
}

/** A mock on the project's spec, or on `options.document` (any bundled OpenAPI document). */
export async function startHarness(options: Omit<MockServerOptions, "now"> = {}): Promise<Harness> {
  const document = options.document ?? (await specDocument());
  let clock = Date.parse("2025-01-01T00:00:00.000Z");
  const server = await startMockServer({ timing: { stepMs: STEP_MS }, now: () => clock, ...options, document });
  const operations = new Map(collectOperations(document).map((operation) => [operation.operationId, operation]));
  const responses = createResponseValidator(document);
  const succeeded = new Set<string>();

  const send = async (method: string, path: string, token: string | null | undefined, body: string | undefined) => {
    const headers: Record<string, string> = {};
    const bearer = token === undefined ? TOKEN : token;
    if (bearer !== null) headers.authorization = `Bearer ${bearer}`;
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(server.url + path, { method, headers, body });
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text === "" ? undefined : JSON.parse(text) };
  };

  return {
    server,
    document,
    operations,
    succeeded,
    advance: (ms) => {
      clock += ms;
    },
    async call(operationId, options = {}) {
      const operation = operations.get(operationId);
      if (operation === undefined) throw new Error(`no operation ${operationId} in the spec`);
      const template = options.scope === undefined ? operation.path : operation.scopedPaths[options.scope];
      if (template === undefined) throw new Error(`${operationId} has no ${options.scope} path`);
      const url = fillPath(template, options.path ?? {}) + queryString(options.query);
      const body = options.body === undefined ? undefined : JSON.stringify(options.body);
      const result = await send(operation.method.toUpperCase(), url, options.token, body);
      expectRateLimitHeaders(result.headers);
      responses.check(operation, result);
      if (result.status === 200) succeeded.add(operationId);
      return result;
    },
    raw: (method, path, init = {}) => send(method, path, init.token, init.body),
    example: (operationId, name) => requestExample(document, operations.get(operationId)!, name),
    firstExample: (operationId) => {
      const operation = operations.get(operationId)!;
      const first = Object.keys(requestExamples(document, operation))[0];
      return first === undefined ? undefined : requestExample(document, operation, first);
    },
    close: () => server.close(),
  };
}

function fillPath(template: string, values: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`path parameter ${name} missing for ${template}`);
    return encodeURIComponent(value);
  });
}

function queryString(query: Record<string, string | number> | undefined): string {
  if (query === undefined) return "";
  const search = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
  return `?${search}`;
}

function expectRateLimitHeaders(headers: Headers): void {
  for (const name of ["x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-reset"]) {
    if (!/^\d+$/.test(headers.get(name) ?? "")) throw new Error(`response header ${name} is missing or not an integer`);
  }
}

/** Compiles (once per operation and status) the JSON schema of each declared response and checks bodies against it. */
function createResponseValidator(document: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ ...document, $id: "spec" });
  const cache = new Map<string, ValidateFunction>();
  return {
    check(operation: MockOperation, result: CallResult): void {
      const status = String(result.status);
      const responses = (resolve(document, `${operation.pointer}/responses`) ?? {}) as Record<string, unknown>;
      if (responses[status] === undefined) throw new Error(`${operation.operationId} answered ${status}, which the spec does not declare`);
      const key = `${operation.operationId} ${status}`;
      let validate = cache.get(key);
      if (validate === undefined) {
        const responsePointer = refTarget(document, `${operation.pointer}/responses/${status}`);
        validate = ajv.compile({ $ref: `spec#${responsePointer}/content/application~1json/schema` });
        cache.set(key, validate);
      }
      if (!validate(result.body)) {
        throw new Error(`${operation.operationId} ${status} response does not match the spec: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(result.body, null, 1)}`);
      }
    },
  };
}

function resolve(document: unknown, pointer: string): unknown {
  let current: any = document;
  for (const raw of pointer.slice(1).split("/")) current = current?.[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
  return current;
}

/** Follows one `$ref` at `pointer` (responses are often refs to components). */
function refTarget(document: unknown, pointer: string): string {
  const value = resolve(document, pointer) as { $ref?: string } | undefined;
  return typeof value?.$ref === "string" ? value.$ref.slice(1) : pointer;
}

function requestExamples(document: Record<string, unknown>, operation: MockOperation): Record<string, unknown> {
  if (operation.requestBody === null) return {};
  const mediaPointer = operation.requestBody.schemaPointer.replace(/\/schema$/, "");
  return (resolve(document, `${mediaPointer}/examples`) ?? {}) as Record<string, unknown>;
}

function requestExample(document: Record<string, unknown>, operation: MockOperation, name: string): Record<string, unknown> {
  if (operation.requestBody === null) throw new Error(`${operation.operationId} has no request body`);
  const mediaPointer = operation.requestBody.schemaPointer.replace(/\/schema$/, "");
  const example = resolve(document, `${mediaPointer}${toPointer(["examples", name])}`) as { value?: unknown; $ref?: string } | undefined;
  const value = example?.$ref !== undefined ? (resolve(document, example.$ref.slice(1)) as { value?: unknown }).value : example?.value;
  if (value === undefined) throw new Error(`${operation.operationId} has no request example "${name}"`);
  return structuredClone(value) as Record<string, unknown>;
}

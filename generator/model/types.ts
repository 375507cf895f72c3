/**
 * The plain-data model between the OpenAPI document and the templates. Every field is
 * always present (`null` or `[]` when the spec says nothing), so a template that reads
 * a field that does not exist fails at compile time of the template, not silently.
 * Names, literal values and doc text are final here: templates only loop and branch.
 */
import type { HttpMethod } from "../../openapi/httpMethods.js";

export type { HttpMethod };

/** How the runtime reads a 2xx body (see docs/runtime-contract.md, `responseParse`). */
export type ResponseParse = "json" | "text" | "blob" | "arrayBuffer" | "stream";

/**
 * Where something was written: a pointer into the bundled document. The file and line
 * it came from are looked up (`LoadedSpec.locate`) only when a problem is reported, since
 * that needs the YAML syntax tree of the file, which for a large spec costs seconds and
 * hundreds of MB.
 */
export interface SourcePlace {
  /** JSON pointer into the bundled document, e.g. `/paths/~1v1~1projects/get`. */
  readonly pointer: string;
}

/** An example value the spec gives; a wrapper, since `null` can itself be an example. */
export interface ExampleModel {
  readonly value: unknown;
}

export interface BodyExampleModel extends ExampleModel {
  /** The key under `examples`; `null` for a lone `example`. */
  readonly name: string | null;
  readonly summary: string | null;
}

export interface ParameterModel {
  readonly name: string;
  readonly in: "path" | "query" | "header" | "cookie";
  readonly required: boolean;
  readonly description: string | null;
  /** The spec's example for this parameter; `null` when it gives none. */
  readonly example: ExampleModel | null;
  /** A query parameter's style, when the runtime must be told it (see queryStyle.ts); else `null`. */
  readonly queryStyle: QueryStyleModel | null;
}

export interface QueryStyleModel {
  readonly style: "form" | "deepObject" | "pipeDelimited" | "spaceDelimited";
  readonly explode: boolean;
}

/** A header a response declares, and what its value converts to (its schema's type, else text). */
export interface ResponseHeaderModel {
  readonly name: string;
  readonly type: "string" | "integer" | "number" | "boolean";
}

export interface RequestBodyModel {
  readonly required: boolean;
  /** The media type the client sends: the first JSON one, else the first listed. */
  readonly mediaType: string;
  /** Every media type the spec lists, in spec order. */
  readonly mediaTypes: readonly string[];
  /** The spec's examples of the body sent (`mediaType`), in spec order; `[]` when it gives none. */
  readonly examples: readonly BodyExampleModel[];
}

export interface ResponseModel {
  /** `"200"`, `"2XX"`, `"default"`. */
  readonly status: string;
  readonly description: string | null;
  /** Media types of the content, in spec order; `[]` for a response without a body. */
  readonly mediaTypes: readonly string[];
  /** The headers it declares that the client reads (response.ts), in spec order; `[]` when none. */
  readonly headers: readonly ResponseHeaderModel[];
}

export interface ScopedPathModel {
  readonly scope: string;
  readonly path: string;
  /** The scope's own path parameters, which the caller adds to select this path. */
  readonly parameters: readonly string[];
}

export interface ScopeParameterModel {
  readonly name: string;
  /** A TypeScript type for the value: `string`, `number` or `boolean`. */
  readonly type: string;
}

export interface PaginationModel {
  readonly cursorParam: string;
  readonly cursorPointer: string;
  readonly hasNextPagePointer: string;
  readonly itemsPointer: string;
}

export interface WaiterModel {
  /** The client method's name, a valid identifier (from `x-waiter.name`). */
  readonly name: string;
  readonly statusPointer: string;
  readonly done: readonly string[];
  readonly failed: readonly string[];
}

export interface OperationModel {
  /** The spec's operationId, or `null` when it has none. */
  readonly operationId: string | null;
  /** The function and client-method name: a valid, unique, non-reserved identifier. */
  readonly name: string;
  /** `name` in PascalCase, the stem of the operation's type names (`<Type>Args`, ...). */
  readonly typeName: string;
  readonly method: HttpMethod;
  readonly path: string;
  /** The tag whose module holds this operation. */
  readonly tag: string;
  readonly summary: string | null;
  readonly description: string | null;
  /** `x-permission`; `null` when absent or explicitly none. */
  readonly permission: string | null;
  readonly deprecated: boolean;
  readonly idempotent: boolean;
  readonly parameters: readonly ParameterModel[];
  readonly requestBody: RequestBodyModel | null;
  readonly responses: readonly ResponseModel[];
  /** Whether a call must pass an argument object (a required parameter or body). */
  readonly argsRequired: boolean;
  readonly responseParse: ResponseParse;
  /** JSON pointer into the 2xx JSON body that a call resolves to; `null` for the whole body. */
  readonly resultPointer: string | null;
  readonly scopedPaths: readonly ScopedPathModel[];
  /** Parameters of every scope this operation can be called under, merged and sorted. */
  readonly scopeParameters: readonly ScopeParameterModel[];
  readonly pagination: PaginationModel | null;
  readonly waiter: WaiterModel | null;
  /**
   * The operation's own `security` as alternatives of scheme names (`[]`: none), or `null`
   * when it has none or the same as the document's.
   */
  readonly security: readonly (readonly string[])[] | null;
  /** The lines of the operation's JSDoc, already safe to place inside a comment. */
  readonly docLines: readonly string[];
  /** The JSDoc lines of the waiter's client method; `[]` without a waiter. */
  readonly waiterDocLines: readonly string[];
  readonly code: OperationCode;
  readonly source: SourcePlace;
}

/** TypeScript text for an operation, computed once so templates only place it. */
export interface OperationCode {
  /** `listProjectsOperation`: the `OperationSpec` constant. */
  readonly specConst: string;
  /** The `OperationSpec` object literal (JSON text). */
  readonly specLiteral: string;
  readonly argsType: string;
  readonly resultType: string;
  /** `null` unless paginated. */
  readonly itemType: string | null;
  /** `CallArgs<paths["/v1/projects"]["get"], { teamId: string }>`. */
  readonly argsTypeExpression: string;
  readonly resultTypeExpression: string;
  readonly itemTypeExpression: string | null;
  /** `CreateProjectError`: the `{ status, body }` union of its non-2xx responses. */
  readonly errorType: string;
  readonly errorTypeExpression: string;
  /** Whether the result or item type is built on the runtime's `SuccessBody`. */
  readonly usesSuccessBody: boolean;
  /** Whether the result and error types go through the schema file's `Readable` (responses reach a readOnly/writeOnly schema). */
  readonly usesReadable: boolean;
  /** Whether the argument type goes through `Writable` (parameters or body reach such a schema). */
  readonly usesWritable: boolean;
  /** `null` unless a 2xx response declares headers; so are the next three. */
  readonly headersType: string | null;
  readonly headersTypeExpression: string | null;
  /** `getProjectWithResponse`: the endpoint function that also returns the declared headers. */
  readonly withResponseName: string | null;
  /** The declared headers' value types, `{"x-ratelimit-limit":"integer"}` (JSON text). */
  readonly headerTypesLiteral: string | null;
}

/** One endpoint module: the operations of one tag. */
export interface ModuleModel {
  readonly tag: string;
  /** File stem, `projects` for `endpoints/projects.gen.ts`. */
  readonly fileName: string;
  /** The identifier the client file imports this module as. */
  readonly importName: string;
  /** Type names this module imports from the runtime, sorted. */
  readonly runtimeTypeImports: readonly string[];
  /** Type names this module imports from the schema file: `paths`, and `Readable`/`Writable` when used. */
  readonly schemaTypeImports: readonly string[];
  /** Whether an operation has a `<name>WithResponse` (the module then imports `withDeclaredHeaders`). */
  readonly usesHeaders: boolean;
  readonly operations: readonly OperationModel[];
}

export interface ApiModel {
  readonly title: string;
  readonly version: string;
  /** `info.x-client-name`, else the configured name, else from `info.title` (see clientName.ts). */
  readonly clientName: string;
  /** `create<ClientName>Client`. */
  readonly factoryName: string;
  /** `<ClientName>Client`, the type of the client object. */
  readonly clientTypeName: string;
  /** Every operation, in the stated order (see openapi/operations.ts). */
  readonly operations: readonly OperationModel[];
  readonly modules: readonly ModuleModel[];
  /** The RuntimeProfile object literal the client passes to createRuntime (runtimeProfile.ts). */
  readonly profileLiteral: string;
  /** The client factory's options type: `ClientOptions`, or with typed server variables. */
  readonly clientOptionsType: string;
  /** Other names the index exports the runtime's error classes under (`info.x-error-alias-prefix`); `[]` when none. */
  readonly errorAliases: readonly { readonly name: string; readonly alias: string }[];
  /** Whether any operation has an `x-waiter` (the client then needs `WaitOptions`). */
  readonly hasWaiters: boolean;
  /** Whether any schema is readOnly or writeOnly, so types go through the read/write markers (readWriteMarkers.ts). */
  readonly readWriteMarkers: boolean;
}

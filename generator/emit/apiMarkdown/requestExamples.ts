/**
 * The spec's own request examples for one operation, read from the bundled document
 * at the operation's pointer: a value for each parameter (its `example`, its first
 * `examples` entry, or its schema's `example`) and each request-body example
 * (OpenAPI 3.1 §4.8.14 Media Type Object: `example` or named `examples`).
 */
import type { OperationModel } from "../../model/types.js";
import { arrayOrEmpty, isSpecObject, objectOrEmpty, stringOrNull, type SpecObject } from "../../model/specData.js";
import { valueAt } from "../../../openapi/jsonPointer.js";
import { resolveRefs } from "../../../openapi/refs.js";

export interface BodyExample {
  /** The key under `examples`; `null` for a lone `example`. */
  readonly name: string | null;
  readonly summary: string | null;
  readonly value: unknown;
}

export interface RequestExamples {
  /** Parameter name to example value, for the parameters that have one. */
  readonly parameters: ReadonlyMap<string, unknown>;
  /** In spec order; `[]` when the operation has no body or its body no example. */
  readonly bodies: readonly BodyExample[];
}

export function requestExamples(document: SpecObject, operation: OperationModel): RequestExamples {
  const operationObject = objectOrEmpty(resolveRefs(document, valueAt(document, operation.source.pointer)));
  const pathItem = objectOrEmpty(resolveRefs(document, valueAt(document, parentPointer(operation.source.pointer))));
  const parameters = new Map<string, unknown>();
  for (const parameter of [...scopeParameters(document), ...arrayOrEmpty(pathItem.parameters), ...arrayOrEmpty(operationObject.parameters)]) {
    const resolved = objectOrEmpty(resolveRefs(document, parameter));
    const name = stringOrNull(resolved.name);
    const value = parameterExample(document, resolved);
    if (name !== null && value !== undefined) parameters.set(name, value);
  }
  return { parameters, bodies: bodyExamples(document, operation, operationObject) };
}

/** Parameters of `x-path-scopes` (the team id), so scoped calls can be shown too. */
function scopeParameters(document: SpecObject): unknown[] {
  return Object.values(objectOrEmpty(document["x-path-scopes"])).flatMap((scope) => [...arrayOrEmpty(objectOrEmpty(scope).parameters)]);
}

function parameterExample(document: SpecObject, parameter: SpecObject): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = firstExampleValue(document, parameter.examples);
  if (first !== undefined) return first;
  return objectOrEmpty(resolveRefs(document, parameter.schema)).example;
}

function bodyExamples(document: SpecObject, operation: OperationModel, operationObject: SpecObject): BodyExample[] {
  if (operation.requestBody === null) return [];
  const body = objectOrEmpty(resolveRefs(document, operationObject.requestBody));
  const media = objectOrEmpty(resolveRefs(document, objectOrEmpty(body.content)[operation.requestBody.mediaType]));
  if (media.example !== undefined) return [{ name: null, summary: null, value: media.example }];
  return Object.entries(objectOrEmpty(media.examples)).flatMap(([name, example]) => {
    const resolved = objectOrEmpty(resolveRefs(document, example));
    return resolved.value === undefined ? [] : [{ name, summary: stringOrNull(resolved.summary), value: resolved.value }];
  });
}

function firstExampleValue(document: SpecObject, examples: unknown): unknown {
  if (!isSpecObject(examples)) return undefined;
  for (const example of Object.values(examples)) {
    const value = objectOrEmpty(resolveRefs(document, example)).value;
    if (value !== undefined) return value;
  }
  return undefined;
}

/** `/paths/~1v1~1projects/post` -> `/paths/~1v1~1projects`. */
function parentPointer(pointer: string): string {
  return pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));
}

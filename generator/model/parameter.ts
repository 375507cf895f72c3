/**
 * Parameter Objects (OpenAPI 3.1 §4.8.12) of one operation: the path item's merged
 * with the operation's, where an operation-level parameter replaces a path-level one
 * of the same `name` and `in`.
 */
import type { ParameterModel } from "./types.js";
import { arrayOrEmpty, isSpecObject, stringOrNull, type SpecObject } from "../../openapi/specData.js";
import { resolveRefs } from "../../openapi/refs.js";
import { parameterExample } from "./examples.js";
import { queryStyle } from "./queryStyle.js";
import { schemaKind } from "./schemaKind.js";

const LOCATIONS: readonly ParameterModel["in"][] = ["path", "query", "header", "cookie"];

export function buildParameters(document: SpecObject, pathItem: SpecObject, operation: SpecObject): ParameterModel[] {
  const byKey = new Map<string, ParameterModel>();
  for (const raw of [...arrayOrEmpty(pathItem.parameters), ...arrayOrEmpty(operation.parameters)]) {
    const parameter = buildParameter(document, resolveRefs(document, raw));
    if (parameter) byKey.set(`${parameter.in} ${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

export function buildParameter(document: SpecObject, raw: unknown): ParameterModel | null {
  if (!isSpecObject(raw) || typeof raw.name !== "string") return null;
  const location = LOCATIONS.find((candidate) => candidate === raw.in);
  if (!location) return null;
  return {
    name: raw.name,
    in: location,
    // A path parameter is always required (§4.8.12.2), whatever the spec says.
    required: location === "path" || raw.required === true,
    description: stringOrNull(raw.description),
    example: parameterExample(document, raw),
    queryStyle: queryStyle(raw, schemaKind(document, raw.schema)),
  };
}

/** The `{name}` placeholders of a path template, in order. */
export function pathTemplateParameters(path: string): string[] {
  return [...path.matchAll(/\{([^}]*)\}/g)].map((match) => match[1] ?? "");
}

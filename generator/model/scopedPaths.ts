/**
 * `x-scoped-paths` on an operation, read against the document's `x-path-scopes`
 * (spec/README.md, "Vendor extensions"): the same operation under another path family,
 * chosen when the caller supplies every parameter of the scope.
 */
import type { ParameterModel, ScopedPathModel, ScopeParameterModel } from "./types.js";
import { isSpecObject, type SpecObject } from "../../openapi/specData.js";
import { resolveRefs } from "../../openapi/refs.js";
import { pathScopesExtension, scopedPathsExtension } from "../../openapi/extensions/index.js";
import { readExtensionValue } from "./extensionValue.js";
import { pathTemplateParameters } from "./parameter.js";
import { compareCodeUnits } from "./uniqueNames.js";

export interface PathScope {
  readonly name: string;
  readonly parameters: readonly ScopeParameterModel[];
}

/** The document's `x-path-scopes`, each with its parameters' names and value types. */
export function readPathScopes(document: SpecObject): { scopes: Map<string, PathScope>; error: string | null } {
  const { value, error } = readExtensionValue(pathScopesExtension, document);
  const scopes = new Map<string, PathScope>();
  for (const [name, raw] of Object.entries(value ?? {})) {
    const parameters = raw.parameters
      .map((parameter) => resolveRefs(document, parameter))
      .filter(isSpecObject)
      .filter((parameter) => typeof parameter.name === "string")
      .map((parameter) => ({ name: String(parameter.name), type: scalarType(resolveRefs(document, parameter.schema)) }));
    scopes.set(name, { name, parameters });
  }
  return { scopes, error };
}

export type ScopedPathsResult = {
  readonly scopedPaths: ScopedPathModel[];
  readonly scopeParameters: ScopeParameterModel[];
  readonly errors: string[];
};

export function readScopedPaths(
  operation: SpecObject,
  parameters: readonly ParameterModel[],
  scopes: ReadonlyMap<string, PathScope>,
): ScopedPathsResult {
  const scopedPaths: ScopedPathModel[] = [];
  const errors: string[] = [];
  const merged = new Map<string, ScopeParameterModel>();
  const { value, error } = readExtensionValue(scopedPathsExtension, operation);
  if (error !== null) errors.push(error);
  for (const [scopeName, path] of Object.entries(value ?? {})) {
    const scope = scopes.get(scopeName);
    if (!scope) errors.push(`x-scoped-paths names the scope "${scopeName}", which x-path-scopes does not declare`);
    else {
      errors.push(...undeclaredInScopedPath(scopeName, path, parameters, scope));
      scopedPaths.push({ scope: scopeName, path, parameters: scope.parameters.map((parameter) => parameter.name) });
      for (const parameter of scope.parameters) merged.set(parameter.name, parameter);
    }
  }
  const scopeParameters = [...merged.values()].sort((a, b) => compareCodeUnits(a.name, b.name));
  return { scopedPaths, scopeParameters, errors };
}

function undeclaredInScopedPath(scopeName: string, path: string, parameters: readonly ParameterModel[], scope: PathScope): string[] {
  const known = new Set([
    ...parameters.filter((parameter) => parameter.in === "path").map((parameter) => parameter.name),
    ...scope.parameters.map((parameter) => parameter.name),
  ]);
  return pathTemplateParameters(path)
    .filter((name) => !known.has(name))
    .map((name) => `x-scoped-paths.${scopeName} uses {${name}}, which neither the operation nor the scope declares`);
}

/** The TypeScript type of a scalar parameter value; path values are strings unless the schema says otherwise. */
export function scalarType(schema: unknown): string {
  const type = isSpecObject(schema) ? schema.type : undefined;
  if (type === "integer" || type === "number") return "number";
  if (type === "boolean") return "boolean";
  return "string";
}

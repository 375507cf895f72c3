/**
 * `x-path-scopes` on the root (alternative path families, each adding parameters) and
 * `x-scoped-paths` on an operation (its path in each family). Whether a scope is
 * declared and a template uses the right parameters needs both, so lint and the model
 * check that beyond the shapes read here.
 */
import type { ExtensionDescriptor, ShapeProblem } from "./descriptor.js";
import { isPlainObject } from "./fields.js";

export interface PathScope {
  readonly description?: string;
  /** Parameter objects or references to them. */
  readonly parameters: readonly unknown[];
}

export const pathScopesExtension: ExtensionDescriptor<Readonly<Record<string, PathScope>>> = {
  name: "x-path-scopes",
  on: "root",
  read(value) {
    if (!isPlainObject(value)) return { ok: false, problems: [{ path: [], message: "must map scope names to { description, parameters }" }] };
    const problems: ShapeProblem[] = Object.entries(value).flatMap(([scope, entry]) => scopeProblems(scope, entry));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: value as Record<string, PathScope> };
  },
};

function scopeProblems(scope: string, entry: unknown): ShapeProblem[] {
  if (!isPlainObject(entry)) return [{ path: [scope], message: "must be an object with parameters" }];
  const problems: ShapeProblem[] = [];
  if (!Array.isArray(entry.parameters) || entry.parameters.length === 0) problems.push({ path: [scope], message: "must have a non-empty list of parameters", atKey: true });
  if (entry.description !== undefined && typeof entry.description !== "string") problems.push({ path: [scope, "description"], message: "must be a string" });
  return problems;
}

export const scopedPathsExtension: ExtensionDescriptor<Readonly<Record<string, string>>> = {
  name: "x-scoped-paths",
  on: "operation",
  read(value) {
    if (!isPlainObject(value)) return { ok: false, problems: [{ path: [], message: "must map scope names to path templates" }] };
    const problems: ShapeProblem[] = Object.entries(value)
      .filter(([, template]) => typeof template !== "string" || !template.startsWith("/"))
      .map(([scope]) => ({ path: [scope], message: 'must be a path template starting with "/"' }));
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: value as Record<string, string> };
  },
};

/**
 * `nf/x-path-scopes`: the root's `x-path-scopes` has the shape its descriptor reads
 * (openapi/extensions/scopes.ts: each scope name to `{ description, parameters }`), and
 * each scope's parameters are required path parameters.
 * spec/README.md, "Vendor extensions", `x-path-scopes`.
 */
import type { Location } from "@redocly/openapi-core/lib/ref-utils.js";
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import type { Problem, ResolveFn } from "@redocly/openapi-core/lib/walk.js";
import { pathScopesExtension, readIfValid, type PathScope } from "../../../openapi/extensions/index.js";
import { readExtension } from "../extensionShape.js";
import { deref, isRecord } from "../resolveRef.js";

export const xPathScopes = (): Oas3Visitor =>
  ({
    Root(root: Record<string, unknown>, ctx) {
      const scopes = readExtension(pathScopesExtension, root, ctx.location, ctx.report);
      if (scopes === null) return;
      const at = ctx.location.child([pathScopesExtension.name]);
      for (const [name, scope] of Object.entries(scopes)) checkScope(name, scope, at.child([name]), ctx.resolve, ctx.report);
    },
  }) as Oas3Visitor;

function checkScope(name: string, scope: PathScope, at: Location, resolve: ResolveFn, report: (p: Problem) => void): void {
  scope.parameters.forEach((entry, index) => {
    const parameter = deref(resolve, entry, at.source.absoluteRef);
    const node = parameter && isRecord(parameter.node) ? parameter.node : null;
    if (node && node.in === "path" && typeof node.name === "string" && node.required === true) return;
    report({
      message: `parameter ${index} of scope \`${name}\` must be a path parameter with a name and \`required: true\``,
      location: at.child(["parameters", index]),
    });
  });
}

/**
 * The path parameter names each declared scope adds; `null` for a scope whose
 * declaration is malformed (this rule reports it; checking paths against it would
 * only repeat the problem).
 */
export function scopeParameterNames(
  root: Record<string, unknown>,
  resolve: ResolveFn,
  rootFile: string,
): Map<string, string[] | null> {
  const scopes = readIfValid(pathScopesExtension, root);
  const names = new Map<string, string[] | null>();
  if (scopes === undefined) {
    // Malformed (reported by this rule): every scope it names is known but unusable.
    const raw = root[pathScopesExtension.name];
    for (const scope of isRecord(raw) ? Object.keys(raw) : []) names.set(scope, null);
    return names;
  }
  for (const [scope, value] of Object.entries(scopes)) {
    const parameters = value.parameters;
    const found = parameters.flatMap((entry) => {
      const resolved = deref(resolve, entry, rootFile);
      return resolved && isRecord(resolved.node) && typeof resolved.node.name === "string" ? [resolved.node.name] : [];
    });
    names.set(scope, found.length > 0 && found.length === parameters.length ? found : null);
  }
  return names;
}

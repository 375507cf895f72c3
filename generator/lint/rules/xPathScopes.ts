/**
 * `nf/x-path-scopes`: the root's `x-path-scopes` maps each scope name to
 * `{ description, parameters }`, whose parameters are required path parameters.
 * spec/README.md, "Vendor extensions", `x-path-scopes`.
 */
import type { Location } from "@redocly/openapi-core/lib/ref-utils.js";
import type { Oas3Visitor } from "@redocly/openapi-core/lib/visitors.js";
import type { Problem, ResolveFn } from "@redocly/openapi-core/lib/walk.js";
import { deref, isRecord } from "../resolveRef.js";

export const xPathScopes = (): Oas3Visitor =>
  ({
    Root(root: Record<string, unknown>, ctx) {
      if (!Object.hasOwn(root, "x-path-scopes")) return;
      const scopes = root["x-path-scopes"];
      const at = ctx.location.child(["x-path-scopes"]);
      if (!isRecord(scopes)) {
        ctx.report({ message: "`x-path-scopes` must map scope names to `{ description, parameters }`", location: at });
        return;
      }
      for (const [name, scope] of Object.entries(scopes)) {
        checkScope(name, scope, at.child([name]), ctx.resolve, ctx.report);
      }
    },
  }) as Oas3Visitor;

function checkScope(name: string, scope: unknown, at: Location, resolve: ResolveFn, report: (p: Problem) => void): void {
  const parameters = isRecord(scope) ? scope.parameters : undefined;
  if (!Array.isArray(parameters) || parameters.length === 0) {
    report({ message: `scope \`${name}\` must have a non-empty \`parameters\` list`, location: at.key() });
    return;
  }
  parameters.forEach((entry, index) => {
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
  const scopes = isRecord(root["x-path-scopes"]) ? root["x-path-scopes"] : {};
  const names = new Map<string, string[] | null>();
  for (const [scope, value] of Object.entries(scopes)) {
    const parameters = isRecord(value) && Array.isArray(value.parameters) ? value.parameters : [];
    const found = parameters.flatMap((entry) => {
      const resolved = deref(resolve, entry, rootFile);
      return resolved && isRecord(resolved.node) && typeof resolved.node.name === "string" ? [resolved.node.name] : [];
    });
    names.set(scope, found.length > 0 && found.length === parameters.length ? found : null);
  }
  return names;
}

/**
 * `nf/x-scoped-paths`: each entry of an operation's `x-scoped-paths` names a scope
 * declared in the root's `x-path-scopes`, and its path template uses exactly the
 * operation's own path parameters plus the scope's.
 * spec/README.md, "Vendor extensions", `x-scoped-paths` and `x-path-scopes`.
 */
import { scopedPathsExtension } from "../../../openapi/extensions/index.js";
import { readExtension } from "../extensionShape.js";
import { operationVisitor, templateParameters, type OperationInfo } from "../operationVisitor.js";
import { scopeParameterNames } from "./xPathScopes.js";

export const xScopedPaths = () =>
  operationVisitor((info) => {
    const scoped = readExtension(scopedPathsExtension, info.operation, info.location, info.report);
    if (scoped === null) return;
    const scopes = scopeParameterNames(info.root, info.resolve, info.rootFile);
    for (const [scope, template] of Object.entries(scoped)) {
      const scopeParameters = scopes.get(scope);
      if (scopeParameters !== null) checkScopedPath(info, scope, template, scopeParameters);
    }
  });

function checkScopedPath(info: OperationInfo, scope: string, template: string, scopeParameters: string[] | undefined): void {
  const location = info.location.child(["x-scoped-paths", scope]);
  if (scopeParameters === undefined) {
    info.report({ message: `scope \`${scope}\` is not declared in the root's \`x-path-scopes\``, location: location.key() });
    return;
  }
  const expected = new Set([...templateParameters(info.path), ...scopeParameters]);
  const actual = new Set(templateParameters(template));
  const missing = [...expected].filter((name) => !actual.has(name));
  const extra = [...actual].filter((name) => !expected.has(name));
  if (missing.length === 0 && extra.length === 0) return;
  const parts = [
    missing.length > 0 ? `lacks ${missing.map((n) => `{${n}}`).join(", ")}` : "",
    extra.length > 0 ? `has ${extra.map((n) => `{${n}}`).join(", ")} which neither the operation nor the scope declares` : "",
  ].filter(Boolean);
  info.report({ message: `the \`${scope}\` path ${template} ${parts.join(" and ")}`, location });
}


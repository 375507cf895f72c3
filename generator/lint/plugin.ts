/**
 * This project's lint rules as one Redocly plugin (`nf/...`), so that each rule is a
 * visitor over the multi-file spec and every problem it reports carries the file,
 * line and column where the offending value is written.
 */
import type { Plugin } from "@redocly/openapi-core/lib/config/types.js";
import type { Oas3Rule } from "@redocly/openapi-core/lib/visitors.js";
import type { ExampleValidator } from "./exampleValidator.js";
import { exampleValid } from "./rules/exampleValid.js";
import { operationErrorResponses } from "./rules/operationErrorResponses.js";
import { operationSecurity } from "./rules/operationSecurity.js";
import { operationSuccessSchema } from "./rules/operationSuccessSchema.js";
import { operationTag } from "./rules/operationTag.js";
import { pathParamsRequired } from "./rules/pathParamsRequired.js";
import { xIdempotent } from "./rules/xIdempotent.js";
import { xPagination } from "./rules/xPagination.js";
import { xPathScopes } from "./rules/xPathScopes.js";
import { operationPermission } from "./rules/operationPermission.js";
import { xPermission } from "./rules/xPermission.js";
import { xResultPointer } from "./rules/xResultPointer.js";
import { xScopedPaths } from "./rules/xScopedPaths.js";
import { xWaiter } from "./rules/xWaiter.js";

export const PLUGIN_ID = "nf";

/** Rule name (without the `nf/` prefix) to rule. `validator` is created once the files are read. */
export function projectRules(validator: () => ExampleValidator): Record<string, Oas3Rule> {
  return {
    "path-params-required": pathParamsRequired,
    "operation-tag": operationTag,
    "operation-security": operationSecurity,
    "operation-success-schema": operationSuccessSchema,
    "operation-error-responses": operationErrorResponses,
    "operation-permission": operationPermission,
    "x-permission": xPermission,
    "x-idempotent": xIdempotent,
    "x-result-pointer": xResultPointer,
    "x-path-scopes": xPathScopes,
    "x-scoped-paths": xScopedPaths,
    "x-pagination": xPagination,
    "x-waiter": xWaiter,
    "example-valid": exampleValid(validator),
  } as Record<string, Oas3Rule>;
}

/**
 * Named sets of this project's rules that a spec may switch on. Without one, `lint` runs
 * Redocly's recommended rules and the rules every OpenAPI document can meet (path
 * parameters required, examples valid, and the shape of this project's vendor extensions
 * where a spec uses them). `northflank` adds the conventions of the Northflank spec: one
 * declared tag per operation, security on every operation, a 2xx JSON body with a schema,
 * Northflank's error responses and an `x-permission` on each operation.
 */
export const RULE_SETS = {
  northflank: ["operation-tag", "operation-security", "operation-success-schema", "operation-error-responses", "operation-permission"],
} as const satisfies Record<string, readonly string[]>;

export type RuleSetName = keyof typeof RULE_SETS;

/** The rules (without the `nf/` prefix) that run with the given sets switched on. */
export function activeRules(validator: () => ExampleValidator, ruleSets: readonly RuleSetName[]): string[] {
  const optional = new Set<string>(Object.values(RULE_SETS).flat());
  const chosen = new Set<string>(ruleSets.flatMap((set) => RULE_SETS[set]));
  return Object.keys(projectRules(validator)).filter((name) => !optional.has(name) || chosen.has(name));
}

export function projectPlugin(validator: () => ExampleValidator): Plugin {
  return { id: PLUGIN_ID, rules: { oas3: projectRules(validator) } };
}

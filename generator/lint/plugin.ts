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

export function projectPlugin(validator: () => ExampleValidator): Plugin {
  return { id: PLUGIN_ID, rules: { oas3: projectRules(validator) } };
}

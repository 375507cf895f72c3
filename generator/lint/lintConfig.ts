/**
 * The Redocly configuration `lint` runs with, built in code: no redocly.yaml lookup,
 * no network. Redocly's `recommended` rule set (including `struct`, its check of the
 * document against the OpenAPI 3.1 structure), this project's rules at `error` (those of
 * a named set only when the set is switched on: see RULE_SETS), and the few changes
 * below, each with its reason.
 */
import type { Config } from "@redocly/openapi-core";
import { createConfig } from "../dependencies/redocly.js";
import { vendorTypesPlugin } from "../load/vendorTypes.js";
import type { ExampleValidator } from "./exampleValidator.js";
import { activeRules, PLUGIN_ID, projectPlugin, type RuleSetName } from "./plugin.js";

const RECOMMENDED_CHANGES = {
  // The loader reports dangling $refs itself, telling a missing file and a YAML error
  // apart from a wrong pointer; Redocly's rule would report each a second time.
  "no-unresolved-refs": "off",
  // Replaced by nf/example-valid: ajv with the 2020-12 dialect OpenAPI 3.1 declares,
  // covering parameter, header and schema examples too.
  "no-invalid-media-type-examples": "off",
  // Operation ids become function names and tags become module names; both are
  // checked by operation-operationId and nf/operation-tag, so make them errors.
  "operation-operationId": "error",
  // OpenAPI 3.1 lets `/services/{serviceId}/build` and `/services/build/{serviceId}` live
  // side by side (concrete segments match first, §4.8.2), and real APIs, Northflank's among
  // them, have such pairs; a description of an existing API cannot rename them. The mock
  // routes literal segments first.
  "no-ambiguous-paths": "off",
} as const;

export async function lintConfig(validator: () => ExampleValidator, ruleSets: readonly RuleSetName[] = []): Promise<Config> {
  const ourRules = Object.fromEntries(activeRules(validator, ruleSets).map((name) => [`${PLUGIN_ID}/${name}`, "error"]));
  return createConfig({
    extends: ["recommended"],
    plugins: [vendorTypesPlugin, projectPlugin(validator)],
    rules: { ...RECOMMENDED_CHANGES, ...ourRules },
  });
}

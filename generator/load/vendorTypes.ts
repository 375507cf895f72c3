/**
 * Teaches Redocly the shape of the document-level vendor extension `x-path-scopes`
 * (spec/README.md, "Vendor extensions"), whose `parameters` are Parameter Objects.
 * Without it Redocly treats the extension as opaque data: it would neither bundle the
 * `$ref`s inside it (they would stay pointing at other files) nor lint them.
 */
import type { Plugin } from "@redocly/openapi-core/lib/config/types.js";
import type { NodeType } from "@redocly/openapi-core/lib/types/index.js";

type Types = Record<string, NodeType>;

function withPathScopes(types: Types): Types {
  const root = types.Root;
  if (!root) return types;
  return {
    ...types,
    Root: { ...root, properties: { ...root.properties, "x-path-scopes": "NfPathScopes" } },
    NfPathScopes: { properties: {}, additionalProperties: "NfPathScope" },
    NfPathScope: {
      properties: { description: { type: "string" }, parameters: "ParameterList" },
      required: ["parameters"],
    },
  };
}

/** The Redocly plugin carrying the type extension; shared by the loader and the linter. */
export const vendorTypesPlugin: Plugin = {
  id: "nf-types",
  typeExtension: { oas3: withPathScopes },
};

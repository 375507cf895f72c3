/**
 * `schema.gen.ts`: openapi-typescript's `paths`, `components` and `operations` for the
 * bundled document, with response-side enums opened (see openEnums.ts), shared schemas
 * holding enums given response-side copies first (see responseCopies.ts).
 */
import type { OpenAPI3 } from "openapi-typescript";
import { astToString, openapiTS } from "../dependencies/openapiTypescript.js";
import { openResponseEnums } from "./openEnums.js";
import { withResponseCopies } from "./responseCopies.js";
import { schemaSides } from "./schemaSides.js";

export async function renderSchemaTypes(original: Record<string, unknown>): Promise<string> {
  const document = withResponseCopies(original);
  const nodes = await openapiTS(structuredClone(document) as unknown as OpenAPI3, {
    silent: true,
    // openapi-typescript's default makes every property with a `default` required, so a
    // request type would demand fields the API fills in itself (`{}` could not start a backup).
    defaultNonNullable: false,
    postTransform: openResponseEnums(schemaSides(document)),
  });
  return astToString(nodes);
}

/**
 * `schema.gen.ts`: openapi-typescript's `paths`, `components` and `operations` for the
 * prepared document (see prepare/prepareDocument.ts), with response-side enums opened
 * (see openEnums.ts) and schemas that reach themselves through unions or arrays made
 * aliases (see recursiveSchemas.ts).
 */
import type { OpenAPI3 } from "openapi-typescript";
import { astToString, openapiTS } from "../dependencies/openapiTypescript.js";
import { openResponseEnums } from "./openEnums.js";
import { aliasRecursiveSchemas } from "./recursiveSchemas.js";
import type { PreparedDocument } from "../prepare/prepareDocument.js";
import { hidePrototypeKeys, restorePrototypeKeysInCode } from "../load/prototypeKeys.js";

export async function renderSchemaTypes(prepared: PreparedDocument): Promise<string> {
  // A copy: openapi-typescript may change the object it reads, and the prepared document can be the bundled one itself.
  // It reads the copy with Redocly, which cannot take keys such as `constructor` (see load/prototypeKeys.ts).
  const document = structuredClone(prepared.document);
  hidePrototypeKeys(document);
  const nodes = await openapiTS(document as unknown as OpenAPI3, {
    silent: true,
    // openapi-typescript's default makes every property with a `default` required, so a
    // request type would demand fields the API fills in itself (`{}` could not start a backup).
    defaultNonNullable: false,
    readWriteMarkers: prepared.readWriteMarkers,
    postTransform: openResponseEnums(prepared.sides),
  });
  return restorePrototypeKeysInCode(astToString(aliasRecursiveSchemas(nodes)));
}

/**
 * The step between the model and emit: the bundled document made ready for
 * openapi-typescript. Shared schemas that hold enums get response-side copies (see
 * responseCopies.ts), and the named schemas only responses reach are listed, so emit
 * can open their enums (see emit/openEnums.ts). Emit reads this and the model, never
 * the bundled document itself.
 */
import { withInheritedAccess } from "./inheritedAccess.js";
import { withPathSchemasHoisted } from "./pathSchemaRefs.js";
import { withResponseCopies } from "./responseCopies.js";
import { schemaSides, type SchemaSides } from "./schemaSides.js";

export interface PreparedDocument {
  /** The document openapi-typescript receives: the bundled one with schemas that refs reach inside paths named (pathSchemaRefs.ts), response-side copies, and inherited readOnly/writeOnly. */
  readonly document: Readonly<Record<string, unknown>>;
  /** Which named schemas of `document` are received only. */
  readonly sides: SchemaSides;
  /** Whether any schema is readOnly or writeOnly (see model/readWriteMarkers.ts). */
  readonly readWriteMarkers: boolean;
}

/**
 * `readWriteMarkers` is the model's answer (model/readWriteMarkers.ts), so the document is
 * walked for it once. The bundled document is not changed.
 */
export function prepareDocument(bundled: Record<string, unknown>, { readWriteMarkers }: { readonly readWriteMarkers: boolean }): PreparedDocument {
  // Hoisted first, so the schemas it names are sided and copied like any other.
  const copied = withResponseCopies(withPathSchemasHoisted(bundled));
  const document = readWriteMarkers ? withInheritedAccess(copied) : copied;
  return { document, sides: schemaSides(document), readWriteMarkers };
}

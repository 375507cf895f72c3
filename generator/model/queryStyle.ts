/**
 * The `style` and `explode` of a query parameter (OpenAPI 3.1 §4.8.12.4), kept only when the
 * runtime would write the value otherwise: it writes arrays form + explode and objects as
 * deepObject unless the operation's descriptor says more, and every descriptor byte is paid
 * per operation, so the common case costs nothing.
 */
import type { QueryStyleModel } from "./types.js";
import type { SchemaKind } from "./schemaKind.js";
import type { SpecObject } from "../../openapi/specData.js";

const STYLES: readonly QueryStyleModel["style"][] = ["form", "deepObject", "pipeDelimited", "spaceDelimited"];

/** `null` when the runtime's default already writes the parameter as the spec asks. */
export function queryStyle(parameter: SpecObject, kind: SchemaKind | null): QueryStyleModel | null {
  if (parameter.in !== "query") return null;
  const style = STYLES.find((candidate) => candidate === parameter.style) ?? "form";
  // §4.8.12.4: explode defaults to true for form and to false for every other style.
  const explode = typeof parameter.explode === "boolean" ? parameter.explode : style === "form";
  if (kind === "object") return style === "deepObject" ? null : { style, explode };
  // A primitive is written name=value whatever its style.
  if (kind !== "array" && kind !== null) return null;
  return style === "form" && explode ? null : { style, explode };
}

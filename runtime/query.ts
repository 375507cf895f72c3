/**
 * Query strings for operations whose descriptor names parameters with their own `style` and
 * `explode` (OperationSpec.queryStyles). Values go through openapi-fetch's serializers, so
 * encoding matches every other operation's; parameters without a style of their own go
 * through the runtime's default serializer unchanged.
 */
import { serializeArrayParam, serializeObjectParam } from "openapi-fetch";
import type { QueryStyle } from "./operation.js";

export type QuerySerializer = (query: Record<string, unknown>) => string;

/** One array or object value, written as its style asks (OpenAPI 3.1 §4.8.12.4's style table). */
function styled(name: string, value: object, { style, explode }: QueryStyle): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return "";
    // deepObject is defined for objects only; an array under it is written as form.
    return serializeArrayParam(name, value, { style: style === "deepObject" ? "form" : style, explode });
  }
  if (style === "form" || style === "deepObject") return serializeObjectParam(name, value as Record<string, unknown>, { style, explode });
  // A delimited object is its key, value, key, value list joined by the delimiter; OpenAPI
  // defines no exploded form, and openapi-fetch has no delimited style for objects.
  return serializeArrayParam(name, Object.entries(value).flat(), { style, explode: false });
}

/** A serializer that writes the named parameters by their style and the rest by `fallback`. */
export function styledQuerySerializer(styles: Readonly<Record<string, QueryStyle>>, fallback: QuerySerializer): QuerySerializer {
  return (query) => {
    const parts: string[] = [];
    for (const name in query) {
      const value = query[name];
      const style = styles[name];
      const part = style !== undefined && typeof value === "object" && value !== null ? styled(name, value, style) : fallback({ [name]: value });
      if (part !== "") parts.push(part);
    }
    return parts.join("&");
  };
}

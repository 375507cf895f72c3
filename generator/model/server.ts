/**
 * The first Server Object (OpenAPI 3.1 §4.8.5): the client's default base URL. Its
 * variables (§4.8.6) keep their `{name}` places; the runtime fills them from the
 * `serverVariables` option, else from each variable's default.
 */
import { arrayOrEmpty, isSpecObject, objectOrEmpty, stringOrNull, type SpecObject } from "../../openapi/specData.js";

export interface ServerVariableModel {
  readonly name: string;
  readonly default: string;
  /** The allowed values; `[]` for any string. */
  readonly enum: readonly string[];
}

export interface ServerModel {
  /** As written, e.g. `https://{region}.api.example.com/v1` or `/api/v3`. */
  readonly url: string;
  readonly variables: readonly ServerVariableModel[];
}

/** The first server with a URL; null when there is none (the specification's default, `/`, is relative anyway). */
export function readServer(document: SpecObject): ServerModel | null {
  const server = arrayOrEmpty(document.servers).find((candidate) => isSpecObject(candidate) && stringOrNull(candidate.url));
  if (!isSpecObject(server)) return null;
  const variables = Object.entries(objectOrEmpty(server.variables)).map(([name, raw]) => {
    const variable = objectOrEmpty(raw);
    const values = arrayOrEmpty(variable.enum).filter((value): value is string => typeof value === "string");
    return { name, default: stringOrNull(variable.default) ?? values[0] ?? "", enum: values };
  });
  return { url: stringOrNull(server.url)!, variables };
}

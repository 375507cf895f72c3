/**
 * Response headers the spec declares for an operation's 2xx response (OpenAPI 3.1 §4.8.21),
 * read from the wire and converted by their schema type: the `headers` of a generated
 * `<operation>WithResponse`. Outside the runtime object, so that only bundles calling one
 * of those functions hold this code.
 */
import type { CallResponse } from "./runtime.js";
import type { SuccessStatus } from "./status.js";

/**
 * What a declared response header's value becomes: its schema's type, else text. Given by the
 * generated `<operation>WithResponse`, not kept in the descriptor: a spec that declares
 * rate-limit headers on every response would pay for them in every operation's descriptor.
 */
export type HeaderValueType = "string" | "integer" | "number" | "boolean";

/** Declared response headers by name, with what each converts to. */
export type HeaderTypes = Readonly<Record<string, HeaderValueType>>;

/** `callWithResponse`'s result with the declared headers, converted (`H`: the generated `<Operation>Headers`). */
export interface ResponseWithHeaders<R, H> extends CallResponse<R> {
  readonly headers: H;
}

/** Named members only: openapi-typescript adds `[name: string]: unknown` to every header object. */
type Named<H> = { [K in keyof H as string extends K ? never : number extends K ? never : K]?: H[K] };

/**
 * The declared 2xx headers of an operation of openapi-typescript's `paths`, every one
 * optional: a server may leave one out, a value that does not convert is left out, and
 * array and object headers are left to the raw Response.
 */
export type ResponseHeaders<Op> = Op extends { responses: infer R }
  ? { [S in keyof R & SuccessStatus]: R[S] extends { headers: infer H } ? Named<H> : {} }[keyof R & SuccessStatus]
  : {};

/** A header's text as its type, or undefined when it is not one ("12.5" is no integer). */
function convert(text: string, type: HeaderValueType): unknown {
  if (type === "string") return text;
  if (type === "boolean") return text === "true" ? true : text === "false" ? false : undefined;
  const value = text.trim() === "" ? NaN : Number(text);
  return Number.isFinite(value) && (type === "number" || Number.isInteger(value)) ? value : undefined;
}

/** The declared headers present in `headers`, converted; the raw values stay on the Response. */
export function declaredHeaders(headers: Headers, types: HeaderTypes): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const name in types) {
    const text = headers.get(name);
    const value = text === null ? undefined : convert(text, types[name]!);
    if (value !== undefined) result[name] = value;
  }
  return result;
}

/** A raw call's result with its declared headers added. */
export async function withDeclaredHeaders<R, H>(call: Promise<CallResponse<R>>, types: HeaderTypes): Promise<ResponseWithHeaders<R, H>> {
  const result = await call;
  return { ...result, headers: declaredHeaders(result.response.headers, types) as H };
}

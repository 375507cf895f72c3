/**
 * Type helpers of the written conformance check: they take the request body, the query
 * parameters and the result out of our generated `operations` and the official client's
 * types, leave allowlisted fields out on every alternative of a union (a plain `Omit`
 * would merge the alternatives into one object and hide disagreements), and list the
 * official fields ours lacks.
 */

/** The official request's `data` (its body), or `undefined` when the call sends none. */
export type OfficialBody<Request> = Request extends { data: infer Data }
  ? Data
  : "data" extends keyof Request
    ? Request[keyof Request & "data"] | undefined
    : undefined;

/** Our operation's JSON request body, or `undefined` when it takes none (openapi-typescript writes `requestBody?: never`). */
export type OurBody<Operation> = Operation extends {
  requestBody?: infer RequestBody;
}
  ? [NonNullable<RequestBody>] extends [never]
    ? undefined
    : NonNullable<RequestBody> extends {
          content: { "application/json": infer Body };
        }
      ? Operation extends { requestBody: unknown }
        ? Body
        : Body | undefined
      : undefined
  : undefined;

/** The official request's `options`: its query parameters, or `undefined` when it has none. */
export type OfficialQuery<Request> = "options" extends keyof Request ? Request[keyof Request & "options"] : undefined;

/** Our operation's query parameters, or `undefined` when it has none (openapi-typescript writes `query?: never`). */
export type OurQuery<Operation> = Operation extends { parameters: { query?: infer Query } }
  ? [NonNullable<Query>] extends [never]
    ? undefined
    : Operation extends { parameters: { query: unknown } }
      ? Query
      : Query | undefined
  : undefined;

/** What our operation resolves to: the `data` of its 200 JSON body. */
export type OurResult<Operation> = Operation extends {
  responses: { 200: { content: { "application/json": { data: infer Data } } } };
}
  ? Data
  : undefined;

/**
 * Drops the field at a dotted path (`buildSettings.storage.ephemeralStorage.storageSize`)
 * from every alternative of a union, looking through arrays and optional objects on the
 * way, and keeping every other field as it is.
 */
export type OmitPath<T, P extends string> = T extends unknown
  ? P extends `${infer Head}.${infer Rest}`
    ? { [K in keyof T]: K extends Head ? OmitPathInside<T[K], Rest> : T[K] }
    : Omit<T, P>
  : never;

type OmitPathInside<V, P extends string> = V extends readonly (infer Item)[]
  ? OmitPath<Item, P>[]
  : V extends object
    ? OmitPath<V, P>
    : V;

/**
 * Our generated response enums are open (`"a" | "b" | (string & {})`) on purpose, so that
 * a status the API adds later does not break a caller's build. The official client's are
 * closed. This drops the open member wherever literals sit beside it, so the check
 * compares the listed values; a plain `string` stays `string`.
 */
export type CloseOpenEnums<T> =
  CloseStrings<Extract<T, string>> | CloseInside<Exclude<T, string>>;

type CloseStrings<S> = [StringLiterals<S>] extends [never]
  ? S
  : StringLiterals<S>;

/** The members of `S` narrower than `string`: every literal, without `string & {}`. */
type StringLiterals<S> = S extends unknown
  ? string extends S
    ? never
    : S
  : never;

type CloseInside<T> = T extends readonly (infer Item)[]
  ? CloseOpenEnums<Item>[]
  : T extends object
    ? { [K in keyof T]: CloseOpenEnums<T[K]> }
    : T;

/**
 * The dotted paths of fields the official type has and ours lacks, looking into nested
 * objects, array items and every alternative of a union. Assignability alone misses
 * them when the official field is optional. Depth is bounded, as the types are finite
 * but the checker's patience is not.
 */
export type MissingFields<Official, Ours, Depth extends unknown[] = []> = Depth["length"] extends 8
  ? never
  : IsAny<Inner<Official>> extends true
    ? never
    : {
        [K in FieldsOf<Inner<Official>>]: K extends FieldsOf<Inner<Ours>>
          ? Nested<K, MissingFields<FieldType<Inner<Official>, K>, FieldType<Inner<Ours>, K>, [...Depth, unknown]>>
          : K;
      }[FieldsOf<Inner<Official>>];

type IsAny<T> = 0 extends 1 & T ? true : false;

/** An object itself, or the items of an array of them, without `null`/`undefined`. */
type Inner<T> = NonNullable<T> extends readonly (infer Item)[] ? NonNullable<Item> : NonNullable<T>;

/** The named fields of every object alternative of `T`. */
type FieldsOf<T> = T extends object ? (T extends readonly unknown[] ? never : Extract<keyof T, string>) : never;

/** The type of field `K` in whichever alternatives of `T` have it. */
type FieldType<T, K extends string> = T extends object ? (K extends keyof T ? T[K] : never) : never;

type Nested<K extends string, Sub> = [Sub] extends [never] ? never : Sub extends string ? `${K}.${Sub}` : never;

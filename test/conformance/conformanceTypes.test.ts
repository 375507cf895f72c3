/**
 * The conformance helpers at the type level (they bite under `npm run typecheck`, which
 * compiles the tests): what counts as a missing field, what an allowlisted path leaves
 * out, and which enums are compared by their listed values.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { CloseOpenEnums, MissingFields, OmitPath, OurBody, OurQuery } from "./conformanceTypes.js";

type Official = { id: string; items?: { size: number; note?: string }[]; any?: any[] };

describe("MissingFields", () => {
  it("names the nested official fields ours lacks, looking into arrays and unions", () => {
    expectTypeOf<MissingFields<Official, { id: string; items?: { size: number }[]; any?: unknown[] }>>().toEqualTypeOf<"items.note">();
    expectTypeOf<MissingFields<Official, { items: { size: number; note: string }[] } | { id: string }>>().toEqualTypeOf<"any">();
    expectTypeOf<MissingFields<Official, Official>>().toEqualTypeOf<never>();
  });
});

describe("OmitPath", () => {
  it("drops one nested field from each alternative and keeps the rest", () => {
    type Body = { a: { b?: { c: 1 | 2; d: string } } } | { a: { b?: { c: 3 } }; e: true };
    expectTypeOf<OmitPath<Body, "a.b.c">>().toEqualTypeOf<{ a: { b?: { d: string } } } | { a: { b?: {} }; e: true }>();
  });
});

describe("CloseOpenEnums", () => {
  it("drops the open member beside literals and keeps plain strings", () => {
    expectTypeOf<CloseOpenEnums<{ status: "A" | "B" | (string & {}); name?: string }>>().toEqualTypeOf<{ status: "A" | "B"; name?: string }>();
  });
});

describe("OurBody and OurQuery", () => {
  it("read `never` as no body or query, and an optional one as possibly undefined", () => {
    expectTypeOf<OurBody<{ requestBody?: never }>>().toEqualTypeOf<undefined>();
    expectTypeOf<OurBody<{ requestBody: { content: { "application/json": { a: 1 } } } }>>().toEqualTypeOf<{ a: 1 }>();
    expectTypeOf<OurQuery<{ parameters: { query?: { page?: number } } }>>().toEqualTypeOf<{ page?: number } | undefined>();
    expectTypeOf<OurQuery<{ parameters: { query?: never } }>>().toEqualTypeOf<undefined>();
  });
});

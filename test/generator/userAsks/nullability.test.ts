/**
 * OpenAPI 3.1 nullability in the generated client (fixture `type-arrays-3.1`): `type:
 * [x, "null"]` and `oneOf: [{ $ref }, { type: "null" }]` accept and return `null`, a field
 * with a `default` stays optional in requests (the server fills it in) and in responses
 * unless required, and a required nullable field must still be sent. Checked by
 * `npm run typecheck`; the vitest run calls the fixture's client against a local server.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createApiClient,
  type CreateThingArgs,
  type ListThingsResult,
} from "../../fixtures/specs/type-arrays-3.1/__snapshots__/index.js";
import { json, startServer, type TestServer } from "../../runtime/server.js";

type Body = CreateThingArgs["body"];
type Thing = ListThingsResult[number];
const send = (body: Body): Body => body;

describe("3.1 nullability, request side", () => {
  it("accepts null where the type array allows it, and leaves defaulted fields out", () => {
    send({ parent: null });
    send({ parent: { id: "p" }, note: null, priority: null });
    send({ parent: { id: "p" }, note: "n", priority: 2 });
    // @ts-expect-error a required nullable field must still be sent
    send({ note: "n" });
    // @ts-expect-error null is allowed, undefined-as-a-value is not a substitute for a required field
    send({ parent: undefined });
    // @ts-expect-error the integer field takes no string
    send({ parent: null, priority: "3" });
  });
});

describe("3.1 nullability, response side", () => {
  it("returns nullable fields as T | null, and a defaulted field not required as optional", () => {
    expectTypeOf<Thing["note"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Thing["tags"]>().toEqualTypeOf<string[] | null>();
    expectTypeOf<Thing["parent"]>().toEqualTypeOf<{ id: string } | null>();
    expectTypeOf<Thing["id"]>().toEqualTypeOf<string | number>();
    expectTypeOf<Thing["priority"]>().toEqualTypeOf<number | null | undefined>();
    // The enum keeps null among its values (and stays open to new ones on the response side).
    expectTypeOf<null>().toMatchTypeOf<Thing["state"]>();
    expectTypeOf<"on">().toMatchTypeOf<Thing["state"]>();
  });
});

describe("3.1 nullability over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it("sends null as JSON null and hands back the server's nulls", async () => {
    server.reset((_request, response) => json(response, 201, { id: 7, note: null, tags: null, state: null, parent: null }));
    const client = createApiClient({ token: "t", baseUrl: server.url, retry: false });
    const made = await client.createThing({ body: { parent: null, note: null } });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ parent: null, note: null });
    expect(made).toEqual({ id: 7, note: null, tags: null, state: null, parent: null });
  });
});

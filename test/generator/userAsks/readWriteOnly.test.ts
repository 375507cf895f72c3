/**
 * readOnly and writeOnly in the generated client (fixture `read-write-only`): a request
 * leaves out what only the server sets (`id`, `createdAt`, also in arrays, nested objects
 * and allOf, or a whole named schema such as `Stamp`), a response leaves out what only the
 * client sends (`password`, `reason`, `Recovery`).
 * Checked by `npm run typecheck`; the vitest run sends one request to a local server.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createApiClient,
  type CreateUserArgs,
  type CreateUserResult,
  type ListUsersResult,
  type UpdateUserArgs,
  type UpdateUserResult,
} from "../../fixtures/specs/read-write-only/__snapshots__/index.js";
import { json, startServer, type TestServer } from "../../runtime/server.js";

const createUser = (args: CreateUserArgs) => args;
const updateUser = (args: UpdateUserArgs) => args;

describe("readOnly", () => {
  it("is left out of request bodies, at any depth", () => {
    createUser({ body: { name: "ada", password: "s3cret" } });
    createUser({ body: { name: "ada", password: "s", tags: [{ label: "x" }], profile: { bio: "b" } } });
    // @ts-expect-error id is set by the server
    createUser({ body: { id: "u1", name: "ada", password: "s" } });
    // @ts-expect-error createdAt is set by the server, also inside an array item
    createUser({ body: { name: "ada", password: "s", tags: [{ label: "x", createdAt: "now" }] } });
    // @ts-expect-error verifiedAt is set by the server, also in a nested object
    createUser({ body: { name: "ada", password: "s", profile: { verifiedAt: "now" } } });
    // @ts-expect-error updatedAt is set by the server, also through allOf
    updateUser({ path: { userId: "u1" }, body: { updatedAt: "now" } });
    updateUser({ path: { userId: "u1" }, body: { name: "grace", reason: "typo" } });
  });

  it("is left out of requests when the whole named schema a property refers to is readOnly", () => {
    // @ts-expect-error Stamp is readOnly as a whole: the server stamps the user
    createUser({ body: { name: "ada", password: "s", stamp: { at: "now" } } });
    expectTypeOf<CreateUserResult["stamp"]>().toEqualTypeOf<{ at: string } | undefined>();
  });

  it("is in responses, unwrapped to its plain type", () => {
    expectTypeOf<CreateUserResult["id"]>().toEqualTypeOf<string>();
    expectTypeOf<ListUsersResult[number]["id"]>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<CreateUserResult["tags"]>[number]["createdAt"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UpdateUserResult["updatedAt"]>().toEqualTypeOf<string | undefined>();
  });
});

describe("writeOnly", () => {
  it("is left out of responses", () => {
    expectTypeOf<CreateUserResult>().not.toHaveProperty("password");
    expectTypeOf<ListUsersResult[number]>().not.toHaveProperty("password");
    expectTypeOf<UpdateUserResult>().not.toHaveProperty("reason");
    expectTypeOf<CreateUserResult>().toHaveProperty("name");
  });

  it("is left out of responses when the whole named schema a property refers to is writeOnly", () => {
    expectTypeOf<CreateUserResult>().not.toHaveProperty("recovery");
    createUser({ body: { name: "ada", password: "s", recovery: { email: "ada@example.com" } } });
  });

  it("is required in requests when the schema requires it, as its plain type", () => {
    // @ts-expect-error password is required on the way in
    createUser({ body: { name: "ada" } });
    // @ts-expect-error password is a string, not a marker object
    createUser({ body: { name: "ada", password: { $write: "s" } } });
  });
});

describe("over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.close());

  it("sends the writable fields as given and returns the server's readable ones", async () => {
    server.reset((_request, response) => json(response, 201, { id: "u1", name: "ada" }));
    const client = createApiClient({ token: "t", baseUrl: server.url, retry: false });
    const user = await client.createUser({ body: { name: "ada", password: "s3cret" } });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ name: "ada", password: "s3cret" });
    expect(user.id).toBe("u1");
  });
});

/**
 * Error bodies typed per status, through the client generated from the error-bodies fixture:
 * over real HTTP on 127.0.0.1 the API error carries the parsed body, and `isErrorOf` narrows
 * `error.body` on `error.status`. The type-level half is checked by
 * `npx tsc --noEmit -p tsconfig.json`: each `@ts-expect-error` fails the check if its line
 * compiles, each `expectTypeOf` if the types differ.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createApiClient,
  createProjectOperation,
  getProjectOperation,
  isErrorOf,
  ApiError,
  type ApiClient,
  type CreateProjectError,
  type OperationSpec,
} from "../fixtures/specs/error-bodies/__snapshots__/index.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
let client: ApiClient;
beforeAll(async () => {
  server = await startServer();
  client = createApiClient({ token: "t", baseUrl: server.url, retry: false });
});
afterAll(() => server.close());

/** What `createProject` rejects with when the server answers `status` with `body`. */
async function createProjectFailure(status: number, body: string, contentType = "application/json"): Promise<unknown> {
  server.reset((_request, response) => {
    response.writeHead(status, { "content-type": contentType });
    response.end(body);
  });
  return client.createProject({ body: { name: "p" } }).then(
    () => expect.unreachable("the call should fail"),
    (error: unknown) => error,
  );
}

describe("error bodies over HTTP", () => {
  it("the API error carries the parsed JSON body of each status", async () => {
    const conflict = await createProjectFailure(409, JSON.stringify({ existingId: "p-1" }));
    expect(conflict).toBeInstanceOf(ApiError);
    expect(conflict).toMatchObject({ status: 409, body: { existingId: "p-1" } });
    const invalid = await createProjectFailure(400, JSON.stringify({ fields: [{ name: "name", reason: "too short" }] }));
    expect(invalid).toMatchObject({ status: 400, body: { fields: [{ name: "name", reason: "too short" }] } });
    const problem = await createProjectFailure(503, JSON.stringify({ title: "down", status: 503 }), "application/problem+json");
    expect(problem).toMatchObject({ status: 503, body: { title: "down", status: 503 } });
  });

  it("the body is undefined when the server sent none, or no JSON", async () => {
    expect(await createProjectFailure(429, "")).toMatchObject({ status: 429, body: undefined });
    expect(await createProjectFailure(502, "<html>Bad gateway</html>", "text/html")).toMatchObject({ status: 502, body: undefined });
  });

  it("isErrorOf holds for the operation's API errors only", async () => {
    const conflict = await createProjectFailure(409, JSON.stringify({ existingId: "p-1" }));
    expect(isErrorOf(createProjectOperation, conflict)).toBe(true);
    expect(isErrorOf(getProjectOperation, conflict)).toBe(false);
    expect(isErrorOf(createProjectOperation, new Error("other"))).toBe(false);
    if (!isErrorOf(createProjectOperation, conflict) || conflict.status !== 409) throw new Error("expected the 409");
    expect(conflict.body.existingId).toBe("p-1");
  });
});

/** The body type a status gets in an error union: what `error.status === S` narrows to. */
type BodyAt<E, S extends number> = E extends { status: infer T; body: infer B } ? (S extends T ? B : never) : never;

describe("error body types", () => {
  it("narrow the body on the status", () => {
    const handle = (error: unknown): string => {
      if (!isErrorOf(createProjectOperation, error)) return "other";
      switch (error.status) {
        case 400:
          return error.body.fields.map((field) => field.reason).join();
        case 409:
          return error.body.existingId;
        case 429:
          expectTypeOf(error.body).toEqualTypeOf<undefined>();
          return "slow";
        case 404: // not declared exactly: the 4XX range's body
          return error.body.message;
        case 500: // the default's body (application/problem+json)
          return `${error.body.title} ${error.body.status}`;
      }
      // @ts-expect-error the 409 body has no message
      if (error.status === 409) return error.body.message;
      return error.apiMessage;
    };
    expect(handle(new Error("x"))).toBe("other");
  });

  it("name each member's status and body, and give undeclared statuses an unknown body", () => {
    expectTypeOf<BodyAt<CreateProjectError, 409>>().toEqualTypeOf<{ existingId: string }>();
    expectTypeOf<BodyAt<CreateProjectError, 418>>().toEqualTypeOf<{ message: string }>();
    expectTypeOf<BodyAt<CreateProjectError, 599>>().toEqualTypeOf<{ title: string; status: number }>();
    expectTypeOf<BodyAt<CreateProjectError, 302>>().toEqualTypeOf<{ title: string; status: number }>();
    const error: unknown = undefined;
    if (isErrorOf(getProjectOperation, error)) {
      if (error.status === 404) expectTypeOf(error.body).toEqualTypeOf<{ missing: string }>();
      // getProject declares no default: any other status has a body of unknown type
      else expectTypeOf(error.body).toEqualTypeOf<unknown>();
      // @ts-expect-error 200 is no error status
      if (error.status === 200) return;
    }
    // A descriptor typed only as OperationSpec: any error status, a body of unknown type (not never).
    const widened: OperationSpec = getProjectOperation;
    if (isErrorOf(widened, error)) {
      expectTypeOf(error.body).toEqualTypeOf<unknown>();
      expectTypeOf(error.status).toExtend<number>();
    }
  });
});

/**
 * Typed response headers on the raw-response call, through the client generated from the
 * response-headers fixture, over real HTTP on 127.0.0.1: `<operation>WithResponse` returns the
 * headers the spec declares for the 2xx response, converted by their schema type. The
 * type-level half is checked by `npx tsc --noEmit -p tsconfig.json`.
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createItemWithResponse,
  createRuntime,
  listItemsWithResponse,
  type ListItemsHeaders,
  type Runtime,
} from "../fixtures/specs/response-headers/__snapshots__/index.js";
import * as endpoints from "../fixtures/specs/response-headers/__snapshots__/index.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
let runtime: Runtime;
beforeAll(async () => {
  server = await startServer();
  runtime = createRuntime({ token: "t", baseUrl: server.url, retry: false });
});
afterAll(() => server.close());

const answer = (status: number, headers: Record<string, string>) =>
  server.reset((_request, response) => json(response, status, ["a"], headers));

describe("declared response headers over HTTP", () => {
  it("are returned by name as declared, converted by their schema type", async () => {
    answer(200, { "x-total-count": "42", "x-ratio": "0.5", "x-cached": "true", "x-request-id": "r-1", "x-trace": "t", rate: "1.5", "x-other": "o" });
    const { data, headers, response } = await listItemsWithResponse(runtime);
    expect(data).toEqual(["a"]);
    expect(headers).toEqual({ "X-Total-Count": 42, "X-Ratio": 0.5, "X-Cached": true, "X-Request-Id": "r-1", "X-Trace": "t", Rate: 1.5 });
    expect(response.headers.get("x-other")).toBe("o");
  });

  it("leave out headers that are absent or do not convert, and array headers (raw on the Response)", async () => {
    answer(200, { "x-total-count": "12.5", "x-ratio": "fast", "x-cached": "yes", "x-tags": "a,b" });
    const { headers, response } = await listItemsWithResponse(runtime);
    expect(headers).toEqual({});
    expect(response.headers.get("x-total-count")).toBe("12.5");
  });

  it("stay text when two 2xx responses declare one with different types", async () => {
    answer(201, { "x-version": "7" });
    expect((await createItemWithResponse(runtime)).headers).toEqual({ "X-Version": "7" });
  });

  it("are not read by the runtime's own raw call, which knows no header types", async () => {
    answer(200, { "x-total-count": "42" });
    expect(await runtime.callWithResponse(endpoints.listItemsOperation, undefined)).not.toHaveProperty("headers");
  });
});

describe("declared response header types", () => {
  it("name each header with its schema's type, every one optional", () => {
    expectTypeOf<ListItemsHeaders["X-Total-Count"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ListItemsHeaders["X-Cached"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ListItemsHeaders["X-Request-Id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<ListItemsHeaders["Rate"]>().toEqualTypeOf<number | null | undefined>();
    const use = async (): Promise<number> => {
      const { headers } = await listItemsWithResponse(runtime);
      // @ts-expect-error an undeclared header is no member
      void headers["X-Other"];
      // @ts-expect-error the count is a number, not text
      headers["X-Total-Count"]?.toUpperCase();
      return headers["X-Total-Count"] ?? 0;
    };
    expect(typeof use).toBe("function");
  });

  it("give an operation without declared headers no raw-call function or headers type", () => {
    expect(endpoints).toHaveProperty("listItemsWithResponse");
    expect(endpoints).not.toHaveProperty("pingWithResponse");
    // @ts-expect-error ping declares no headers, so it has no headers type
    type PingHeaders = endpoints.PingHeaders;
  });
});

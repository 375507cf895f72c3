/**
 * Query parameters written by each one's `style` and `explode`, through the client generated
 * from the query-styles fixture, over real HTTP on 127.0.0.1: the exact query string the
 * server receives.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiClient, type ApiClient, type SearchArgs } from "../fixtures/specs/query-styles/__snapshots__/index.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
let client: ApiClient;
beforeAll(async () => {
  server = await startServer();
  client = createApiClient({ token: "t", baseUrl: server.url, retry: false });
});
afterAll(() => server.close());

/** The query string the server saw for one call of `search`. */
async function queryOf(query: SearchArgs["query"]): Promise<string> {
  server.reset((_request, response) => json(response, 200, []));
  await client.search({ query });
  return server.requests[0]!.url.replace(/^\/search\??/, "");
}

describe("query parameters by style and explode", () => {
  it.each([
    ["form, explode (the default)", { tags: ["a", "b"] }, "tags=a&tags=b"],
    ["form, no explode", { ids: [1, 2, 3] }, "ids=1,2,3"],
    ["pipeDelimited", { pipes: ["a", "b"] }, "pipes=a|b"],
    ["spaceDelimited", { spaces: ["a", "b"] }, "spaces=a%20b"],
    ["pipeDelimited, explode", { exploded: ["a", "b"] }, "exploded=a&exploded=b"],
    ["deepObject", { filter: { status: "up", region: "eu" } }, "filter[status]=up&filter[region]=eu"],
    ["an object, form, explode (the spec's default)", { point: { x: 1, y: 2 } }, "x=1&y=2"],
    ["an object, form, no explode", { flatPoint: { x: 1, y: 2 } }, "flatPoint=x,1,y,2"],
    ["an object, pipeDelimited", { color: { R: 100, G: 200 } }, "color=R|100|G|200"],
    ["a primitive under a delimited style", { q: "a b" }, "q=a%20b"],
  ] satisfies [string, SearchArgs["query"], string][])("%s", async (_style, query, want) => {
    expect(await queryOf(query)).toBe(want);
  });

  it("encodes values inside each style, and leaves out empty lists and absent values", async () => {
    const query = await queryOf({ ids: [], pipes: ["a|b", "ü"], point: { x: 1 }, color: undefined, tags: ["x&y"] });
    expect(query).toBe("pipes=a%7Cb|%C3%BC&x=1&tags=x%26y");
  });

  it("shows the onRequest hook the query string that is sent", async () => {
    const urls: string[] = [];
    const hooked = createApiClient({ token: "t", baseUrl: server.url, retry: false, hooks: { onRequest: (info) => urls.push(info.url) } });
    server.reset((_request, response) => json(response, 200, []));
    await hooked.search({ query: { pipes: ["a", "b"], tags: ["c"] } });
    expect(urls).toEqual([`${server.url}/search?pipes=a|b&tags=c`]);
    expect(server.requests[0]!.url).toBe("/search?pipes=a|b&tags=c");
  });

  it("writes parameters without a style of their own as before, beside styled ones", async () => {
    server.reset((_request, response) => {
      response.writeHead(204);
      response.end();
    });
    await client.plain({ query: { tags: ["a", "b"], filter: { k: "v" } } });
    expect(server.requests[0]!.url).toBe("/plain?tags=a&tags=b&filter[k]=v");
  });
});

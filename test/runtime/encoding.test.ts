import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime, ArgumentError, type Runtime } from "../../runtime/index.js";
import { createProject, getProject, listProjects, uploadBinary, uploadForm, uploadMultipart } from "./operations.js";
import { json, startServer, type TestServer } from "./server.js";

let server: TestServer;
let runtime: Runtime;
beforeAll(async () => {
  server = await startServer();
  runtime = createRuntime({ token: "t", baseUrl: server.url, retry: false });
});
afterAll(() => server.close());

const echo = () => server.reset((_request, response) => json(response, 200, { data: {} }));
const lastUrl = () => new URL(server.requests.at(-1)!.url, "http://x");
/** Values that cannot stay in a path segment whatever the encoding; the runtime refuses them. */
const UNSAFE_SEGMENTS = new Set(["", ".", ".."]);

describe("path values", () => {
  it("any string stays inside its own segment and reaches the server unchanged", async () => {
    echo();
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "grapheme", maxLength: 30 }), async (projectId) => {
        fc.pre(!UNSAFE_SEGMENTS.has(projectId));
        await runtime.call(getProject, { path: { projectId } });
        const raw = server.requests.at(-1)!.url;
        expect(raw.startsWith("/v1/projects/")).toBe(true);
        const segment = raw.slice("/v1/projects/".length);
        expect(segment).not.toMatch(/[/?#]/);
        expect(decodeURIComponent(segment)).toBe(projectId);
      }),
      { numRuns: 150 },
    );
  });

  it.each(["../x", "a/b?c", "x#frag", "%2e%2e", "..%2f"])("keeps %s in one segment", async (projectId) => {
    echo();
    await runtime.call(getProject, { path: { projectId } });
    expect(server.requests.at(-1)!.url).toBe(`/v1/projects/${encodeURIComponent(projectId)}`);
  });

  it.each(["", ".", ".."])("refuses %j, which would change the path, before sending", async (projectId) => {
    echo();
    const error = await runtime.call(getProject, { path: { projectId } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as Error).message).toMatch(/getProject: path parameter "projectId" is .* which would change the request path/);
    expect(server.requests).toHaveLength(0);
  });

  it("refuses a missing path value and a lone surrogate, naming the parameter", async () => {
    echo();
    await expect(runtime.call(getProject, { path: {} })).rejects.toThrow('getProject: path parameter "projectId" is missing');
    await expect(runtime.call(getProject, { path: { projectId: "\ud800" } })).rejects.toThrow(/lone surrogate/);
    expect(server.requests).toHaveLength(0);
  });

  it("picks the team-scoped path exactly when every scope parameter is given", async () => {
    echo();
    await runtime.call(getProject, { path: { projectId: "p", teamId: "my team" } });
    await runtime.call(getProject, { path: { projectId: "p" } });
    await runtime.call(getProject, { path: { projectId: "p", teamId: undefined } });
    await runtime.call(listProjects, { path: { teamId: "t" } });
    expect(server.requests.map((r) => r.url)).toEqual(["/v1/teams/my%20team/projects/p", "/v1/projects/p", "/v1/projects/p", "/v1/teams/t/projects"]);
  });

  it("names the scoped template in errors", async () => {
    server.reset((_request, response) => json(response, 404, { error: { message: "no" } }));
    await expect(runtime.call(getProject, { path: { projectId: "p", teamId: "t" } })).rejects.toMatchObject({
      pathTemplate: "/v1/teams/{teamId}/projects/{projectId}",
    });
  });
});

describe("query values", () => {
  it("any string value (also in arrays) reaches the server unchanged, adding no parameters", async () => {
    echo();
    const text = fc.string({ unit: "grapheme", maxLength: 20 });
    await fc.assert(
      fc.asyncProperty(text, fc.array(text, { minLength: 1, maxLength: 3 }), async (cursor, tags) => {
        await runtime.call(listProjects, { query: { cursor, tags, per_page: 5 } });
        const params = lastUrl().searchParams;
        expect([...new Set(params.keys())].sort()).toEqual(["cursor", "per_page", "tags"]);
        expect(params.get("cursor")).toBe(cursor);
        expect(params.getAll("tags")).toEqual(tags);
      }),
      { numRuns: 150 },
    );
  });

  it("serialises arrays as repeated keys and objects as deepObject, skipping undefined", async () => {
    echo();
    await runtime.call(listProjects, { query: { tags: ["a b", "c&d"], filter: { name: "x=y" }, per_page: undefined } });
    expect(server.requests.at(-1)!.url).toBe("/v1/projects?tags=a%20b&tags=c%26d&filter[name]=x%3Dy");
  });

  it("refuses a nested query object clearly, before sending", async () => {
    echo();
    const error = await runtime.call(listProjects, { query: { filter: { deep: { er: 1 } } } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as Error).message).toMatch(/^listProjects: could not build the request: Deeply-nested/);
    expect(server.requests).toHaveLength(0);
  });
});

describe("request bodies by media type", () => {
  it("sends JSON for application/json", async () => {
    echo();
    await runtime.call(createProject, { body: { name: "ünïcode", region: "europe-west" } });
    expect(server.requests[0]!.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.requests[0]!.body)).toEqual({ name: "ünïcode", region: "europe-west" });
  });

  it("sends form-urlencoded fields, repeating array keys", async () => {
    echo();
    await runtime.call(uploadForm, { body: { name: "a&b", tags: ["x", "y"], skip: undefined } });
    expect(server.requests[0]!.headers["content-type"]).toBe("application/x-www-form-urlencoded");
    expect(server.requests[0]!.body).toBe("name=a%26b&tags=x&tags=y");
  });

  it("sends multipart form data with files", async () => {
    echo();
    await runtime.call(uploadMultipart, { body: { note: "hi", file: new Blob(["file contents"], { type: "text/plain" }), meta: { a: 1 } } });
    const request = server.requests[0]!;
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = await new Response(request.body, { headers: { "content-type": request.headers["content-type"]! } }).formData();
    expect(form.get("note")).toBe("hi");
    expect(await (form.get("file") as Blob).text()).toBe("file contents");
    expect(form.get("meta")).toBe('{"a":1}');
  });

  it("sends raw bytes for other media types", async () => {
    echo();
    await runtime.call(uploadBinary, { body: new TextEncoder().encode("raw bytes") });
    expect(server.requests[0]!.headers["content-type"]).toBe("application/octet-stream");
    expect(server.requests[0]!.body).toBe("raw bytes");
  });

  it("sends a stream body once and never retries it (it cannot be replayed)", async () => {
    server.reset((_request, response) => json(response, 429, {}, { "retry-after": "0" }));
    const retrying = createRuntime({ token: "t", baseUrl: server.url });
    const stream = new Blob(["streamed"]).stream();
    await expect(retrying.call(uploadBinary, { body: stream })).rejects.toMatchObject({ status: 429 });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.body).toBe("streamed");
  });

  it("refuses a form body that is not an object", async () => {
    await expect(runtime.call(uploadForm, { body: "text" })).rejects.toThrow("uploadForm: a form body must be an object");
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime, ArgumentError, type Runtime } from "../../runtime/index.js";
import { getProject, listProjects } from "./operations.js";
import { json, rateLimitHeaders, startServer, type TestServer } from "./server.js";

let server: TestServer;
let runtime: Runtime;
beforeAll(async () => {
  server = await startServer();
  runtime = createRuntime({ token: "t", baseUrl: server.url, retry: false });
});
afterAll(() => server.close());

/** Three pages of two projects; the cursor names the next page, as Northflank's opaque cursors do. */
const PAGES: Record<string, { projects: { id: string }[]; next?: string }> = {
  first: { projects: [{ id: "p1" }, { id: "p2" }], next: "c2" },
  c2: { projects: [{ id: "p3" }, { id: "p4" }], next: "c3" },
  c3: { projects: [{ id: "p5" }] },
};

function serveThreePages(): void {
  server.reset((request, response, index) => {
    const cursor = new URL(request.url, "http://x").searchParams.get("cursor") ?? "first";
    const page = PAGES[cursor]!;
    const pagination = { hasNextPage: page.next !== undefined, cursor: page.next, count: page.projects.length };
    json(response, 200, { data: { projects: page.projects }, pagination }, rateLimitHeaders(1000, 999 - index, 60));
  });
}

describe("pagination", () => {
  it("yields every item across three pages, keeping the caller's query", async () => {
    serveThreePages();
    const ids: string[] = [];
    for await (const project of runtime.items<{ id: string }>(listProjects, { query: { per_page: 2 } })) ids.push(project.id);
    expect(ids).toEqual(["p1", "p2", "p3", "p4", "p5"]);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/v1/projects?per_page=2",
      "/v1/projects?per_page=2&cursor=c2",
      "/v1/projects?per_page=2&cursor=c3",
    ]);
    expect(runtime.rateLimit?.remaining).toBe(997);
  });

  it("takes undefined args, as generated methods pass them when the caller gives none", async () => {
    serveThreePages();
    await expect(runtime.call(listProjects, undefined)).resolves.toEqual({ projects: PAGES.first!.projects });
    const pages: unknown[] = [];
    for await (const page of runtime.pages(listProjects, undefined)) pages.push(page);
    const ids: string[] = [];
    for await (const project of runtime.items<{ id: string }>(listProjects, undefined)) ids.push(project.id);
    expect(pages).toHaveLength(3);
    expect(ids).toEqual(["p1", "p2", "p3", "p4", "p5"]);
    expect(server.requests[0]!.url).toBe("/v1/projects");
  });

  it("yields each page's result", async () => {
    serveThreePages();
    const pages: unknown[] = [];
    for await (const page of runtime.pages(listProjects, {})) pages.push(page);
    expect(pages).toEqual([{ projects: PAGES.first!.projects }, { projects: PAGES.c2!.projects }, { projects: PAGES.c3!.projects }]);
  });

  it("fetches no further page when the loop stops early", async () => {
    serveThreePages();
    for await (const project of runtime.items<{ id: string }>(listProjects, {})) if (project.id === "p2") break;
    expect(server.requests).toHaveLength(1);
  });

  it("stops with the abort reason when the signal aborts between pages", async () => {
    serveThreePages();
    const controller = new AbortController();
    const seen: string[] = [];
    const walk = async () => {
      for await (const project of runtime.items<{ id: string }>(listProjects, { signal: controller.signal })) {
        seen.push(project.id);
        if (project.id === "p3") controller.abort(new Error("enough"));
      }
    };
    await expect(walk()).rejects.toThrow("enough");
    expect(seen).toEqual(["p1", "p2", "p3", "p4"]);
    expect(server.requests).toHaveLength(2);
  });

  it("ends when a page says hasNextPage but gives no cursor, instead of looping on page one", async () => {
    server.reset((_request, response) => json(response, 200, { data: { projects: [{ id: "only" }] }, pagination: { hasNextPage: true, count: 1 } }));
    const ids: string[] = [];
    for await (const project of runtime.items<{ id: string }>(listProjects, {})) ids.push(project.id);
    expect(ids).toEqual(["only"]);
  });

  it("refuses an operation without x-pagination", async () => {
    await expect(runtime.pages(getProject, { path: { projectId: "p" } }).next()).rejects.toBeInstanceOf(ArgumentError);
  });
});

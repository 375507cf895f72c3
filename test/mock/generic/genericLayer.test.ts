/**
 * The mock's generic resource layer on a spec that is not Northflank's (a small library
 * API, with no hand-written handler for any of its operations): creates store, gets read,
 * lists paginate, patches merge, puts create or replace, deletes remove, parts of a
 * resource are written and read on their own paths, a waited-on resource moves on with
 * time and can be cancelled, and a resource the API cannot create is answered as if it
 * existed (an update of one is kept until it is deleted). The harness checks every answer against the spec's response schema.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { STEP_MS, startHarness, type Harness } from "../mockHarness.js";

let api: Harness;
const library = { libraryId: "central" };

beforeAll(async () => {
  const loaded = await loadSpec({ specPath: "test/mock/generic/library.openapi.yaml" });
  expect(loaded.problems).toEqual([]);
  api = await startHarness({ document: loaded.document });
});
afterAll(() => api.close());

describe("the generic resource layer, on any spec", () => {
  it("serves every operation of a spec nobody wrote a handler for", () => {
    expect([...api.server.genericOperations].sort()).toEqual([...api.operations.keys()].sort());
  });

  it("creates, gets, lists, patches and deletes a resource, which is gone afterwards", async () => {
    const created = await api.call("createBook", { path: library, body: { name: "Moby Dick", pages: 600, format: { paper: "hardback" } } });
    expect(created.status).toBe(200);
    expect(created.body.data).toMatchObject({ id: "moby-dick", name: "Moby Dick", pages: 600, format: { paper: "hardback" } });
    const book = { ...library, bookId: "moby-dick" };

    expect((await api.call("getBook", { path: book })).body.data).toMatchObject({ id: "moby-dick", pages: 600 });
    expect((await api.call("createBook", { path: library, body: { name: "Moby Dick" } })).status).toBe(409);

    const patched = await api.call("patchBook", { path: book, body: { pages: 635 } });
    expect(patched.body.data).toMatchObject({ name: "Moby Dick", pages: 635, format: { paper: "hardback" } });
    expect((await api.call("getBook", { path: book })).body.data.pages).toBe(635);

    const listed = await api.call("listBooks", { path: library });
    expect(listed.body.data.books).toEqual([{ id: "moby-dick", name: "Moby Dick", pages: 635 }]);

    expect((await api.call("deleteBook", { path: book })).status).toBe(200);
    expect((await api.call("getBook", { path: book })).status).toBe(404);
    expect((await api.call("listBooks", { path: library })).body.data.books).toEqual([]);
    expect((await api.call("deleteBook", { path: book })).status).toBe(404);
  });

  it("puts: creates when the name is new, replaces when it is taken", async () => {
    await api.call("putBook", { path: library, body: { name: "Emma", pages: 400 } });
    const replaced = await api.call("putBook", { path: library, body: { name: "Emma", title: "Emma, a novel" } });
    expect(replaced.body.data).toMatchObject({ id: "emma", title: "Emma, a novel" });
    expect(replaced.body.data.pages).toBeUndefined();
  });

  it("pages through a list with the cursor it hands out", async () => {
    for (const name of ["Alpha", "Beta", "Gamma"]) await api.call("createBook", { path: library, body: { name } });
    const first = await api.call("listBooks", { path: library, query: { per_page: 2 } });
    expect(first.body.pagination).toMatchObject({ hasNextPage: true, count: 2 });
    const second = await api.call("listBooks", { path: library, query: { per_page: 2, cursor: first.body.pagination.cursor } });
    expect(second.body.pagination).toMatchObject({ hasNextPage: false, count: 2 });
    expect([...first.body.data.books, ...second.body.data.books].map((b: { id: string }) => b.id)).toEqual(["emma", "alpha", "beta", "gamma"]);
  });

  it("reads a part of a resource with what its owner shows, and keeps what is written to it", async () => {
    const book = { ...library, bookId: "alpha" };
    expect((await api.call("getLoanPolicy", { path: book })).status).toBe(200);
    await api.call("updateLoanPolicy", { path: book, body: { days: 14, renewable: true } });
    expect((await api.call("getLoanPolicy", { path: book })).body.data).toEqual({ days: 14, renewable: true });
    expect((await api.call("getLoanPolicy", { path: { ...library, bookId: "missing" } })).status).toBe(404);
  });

  it("moves a waited-on resource from a status that means going on to its done status", async () => {
    const started = await api.call("startImport", { path: library, body: { source: "https://example.com/books.csv" } });
    const path = { ...library, importId: started.body.data.id };
    expect((await api.call("getImport", { path })).body.data.status).toBe("QUEUED");
    api.advance(2 * STEP_MS);
    expect((await api.call("getImport", { path })).body.data).toMatchObject({ status: "DONE", source: "https://example.com/books.csv" });
  });

  it("cancels a waited-on resource, which then stays cancelled", async () => {
    const started = await api.call("startImport", { path: library, body: { source: "https://example.com/more.csv" } });
    const path = { ...library, importId: started.body.data.id };
    expect((await api.call("cancelImport", { path })).body.data.status).toBe("CANCELLED");
    api.advance(10 * STEP_MS);
    expect((await api.call("getImport", { path })).body.data.status).toBe("CANCELLED");
  });

  it("answers for a resource the API gives no way to create, with the id asked for", async () => {
    const got = await api.call("getLibrary", { path: library });
    expect(got.body.data).toMatchObject({ id: "central", name: "central" });
  });

  it("names a new item by the body field that carries its path parameter", async () => {
    expect((await api.call("addShelf", { path: library, body: { shelfId: "A1", floor: 2 } })).status).toBe(200);
    expect((await api.call("getShelf", { path: { ...library, shelfId: "A1" } })).body.data).toEqual({ shelfId: "A1", floor: 2 });
  });

  it("creates into a collection whose items the API only patches and deletes", async () => {
    expect((await api.call("placeHold", { path: library, body: { name: "Summer Reading", days: 7 } })).status).toBe(200);
    const hold = { ...library, holdId: "summer-reading" };
    expect((await api.call("changeHold", { path: hold, body: { days: 14 } })).body.data).toEqual({ name: "Summer Reading", days: 14 });
    expect((await api.call("releaseHold", { path: hold })).status).toBe(200);
    expect((await api.call("changeHold", { path: hold, body: { days: 21 } })).status).toBe(404);
  });

  it("keeps an update of such a resource, takes actions on it, and forgets it once deleted", async () => {
    const other = { libraryId: "branch" };
    expect((await api.call("renameLibrary", { path: other, body: { name: "Branch Library" } })).body.data).toMatchObject({ id: "branch", name: "Branch Library" });
    expect((await api.call("getLibrary", { path: other })).body.data.name).toBe("Branch Library");
    expect((await api.call("pauseLibrary", { path: other })).status).toBe(200);
    expect((await api.call("closeLibrary", { path: other })).status).toBe(200);
    expect((await api.call("getLibrary", { path: other })).body.data.name).toBe("branch");
  });
});

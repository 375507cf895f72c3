import { describe, expect, it } from "vitest";
import { listOperations } from "../../openapi/operations.js";

describe("listOperations (policy: spec order, methods in Path Item order)", () => {
  it("keeps the paths' order and orders methods get, put, post, delete, ...", () => {
    const document = {
      paths: {
        "/z": { post: {}, get: {}, parameters: [] },
        "/a": { delete: {}, patch: {}, put: {} },
      },
    };
    expect(listOperations(document).map((entry) => `${entry.method} ${entry.path}`)).toEqual([
      "get /z",
      "post /z",
      "put /a",
      "delete /a",
      "patch /a",
    ]);
  });

  it("reads a path item through its $ref, and gives the place it was read from", () => {
    const document = {
      paths: { "/shared": { $ref: "#/components/pathItems/Shared" }, "/dangling": { $ref: "#/components/pathItems/Missing" } },
      components: { pathItems: { Shared: { get: { operationId: "readShared" } } } },
    };
    const [entry, ...rest] = listOperations(document);
    expect(rest).toEqual([]);
    expect(entry?.operation).toEqual({ operationId: "readShared" });
    expect(entry?.pointer).toBe("/paths/~1shared/get");
    expect(entry?.pathItemPointer).toBe("/components/pathItems/Shared");
  });
});

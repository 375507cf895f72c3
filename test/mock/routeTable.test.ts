/** The route trie and the id rule, without HTTP. */
import { describe, expect, it } from "vitest";
import { deriveId } from "../../mock/index.js";
import { createRouteTable } from "../../mock/routing/routeTable.js";
import type { MockOperation } from "../../mock/spec/collectOperations.js";

function operation(operationId: string, method: MockOperation["method"], path: string, team?: string): MockOperation {
  return {
    operationId,
    method,
    path,
    scopedPaths: team === undefined ? {} : { team },
    parameters: [],
    scopeParameters: {},
    requestBody: null,
    pointer: "",
    success: { status: 200, schemaPointer: null },
    itemsPointer: null,
    waiter: null,
    security: null,
  };
}

const routes = createRouteTable([
  operation("createBuildService", "post", "/v1/projects/{projectId}/services/build", "/v1/teams/{teamId}/projects/{projectId}/services/build"),
  operation("getService", "get", "/v1/projects/{projectId}/services/{serviceId}", "/v1/teams/{teamId}/projects/{projectId}/services/{serviceId}"),
  operation("startServiceBuild", "post", "/v1/projects/{projectId}/services/{serviceId}/build"),
]);

describe("createRouteTable", () => {
  it.each([
    ["POST", "/v1/projects/p/services/build", "createBuildService", null, { projectId: "p" }],
    ["GET", "/v1/projects/p/services/build", "getService", null, { projectId: "p", serviceId: "build" }],
    ["GET", "/v1/projects/p/services/web", "getService", null, { projectId: "p", serviceId: "web" }],
    ["POST", "/v1/projects/p/services/build/build", "startServiceBuild", null, { projectId: "p", serviceId: "build" }],
    ["GET", "/v1/teams/t/projects/p/services/web", "getService", "team", { teamId: "t", projectId: "p", serviceId: "web" }],
    ["GET", "/v1/projects/my%20project/services/web/", "getService", null, { projectId: "my project", serviceId: "web" }],
  ])("%s %s is %s", (method, path, operationId, scope, params) => {
    const match = routes.match(method, path);
    expect(match.kind).toBe("found");
    if (match.kind !== "found") return;
    expect(match.target.operation.operationId).toBe(operationId);
    expect(match.target.scope).toBe(scope);
    expect(match.params).toEqual(params);
  });

  it("tells a wrong method from an unknown path", () => {
    expect(routes.match("DELETE", "/v1/projects/p/services/web")).toEqual({ kind: "wrong-method", allowed: ["GET"] });
    expect(routes.match("GET", "/v1/projects/p")).toEqual({ kind: "not-found" });
    expect(routes.match("GET", "/v1/projects/p/services/web/extra/more")).toEqual({ kind: "not-found" });
  });

  it("refuses two operations on one method and path", () => {
    expect(() => createRouteTable([operation("a", "get", "/v1/x/{id}"), operation("b", "get", "/v1/x/{other}")])).toThrow(/served by both a and b/);
  });
});

describe("deriveId", () => {
  it.each([
    ["API example project", "api-example-project"],
    ["Build service", "build-service"],
    ["  Mixed -- separators__here ", "mixed-separators-here"],
    ["nginx", "nginx"],
  ])("%j becomes %j", (name, id) => {
    expect(deriveId(name)).toBe(id);
  });
});

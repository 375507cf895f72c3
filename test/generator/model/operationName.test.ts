import { describe, expect, it } from "vitest";
import { operationName } from "../../../generator/model/operationName.js";
import type { HttpMethod } from "../../../generator/model/types.js";

describe("operationName", () => {
  it.each<[string | null, HttpMethod, string, string]>([
    ["listProjects", "get", "/v1/projects", "listProjects"],
    ["get-item", "get", "/a", "getItem"],
    ["delete", "delete", "/a", "delete_"],
    [null, "get", "/v1/projects/{projectId}", "getV1ProjectsByProjectId"],
    [null, "delete", "/widgets/{widget-id}/parts", "deleteWidgetsByWidgetIdParts"],
    [null, "post", "/", "post"],
    ["🚀", "post", "/launch", "postLaunch"],
  ])("operationId %j, %s %s -> %j", (operationId, method, path, want) => {
    expect(operationName(operationId, method, path)).toBe(want);
  });
});

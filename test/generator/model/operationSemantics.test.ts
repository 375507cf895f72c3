import { describe, expect, it } from "vitest";
import { isIdempotent } from "../../../generator/model/idempotency.js";
import { isJsonMediaType, responseParseFor } from "../../../generator/model/mediaType.js";
import type { HttpMethod } from "../../../generator/model/types.js";

describe("isIdempotent", () => {
  it.each<[HttpMethod, boolean | undefined, boolean]>([
    ["get", undefined, true],
    ["put", undefined, true],
    ["delete", undefined, true],
    ["post", undefined, false],
    ["patch", undefined, false],
    ["post", true, true],
    ["put", false, false],
  ])("%s with x-idempotent %s -> %s", (method, declared, want) => expect(isIdempotent(method, declared)).toBe(want));
});

describe("media types", () => {
  it.each([
    ["application/json", true, "json"],
    ["application/json; charset=utf-8", true, "json"],
    ["application/problem+json", true, "json"],
    ["text/plain", false, "text"],
    ["text/csv", false, "text"],
    ["application/xml", false, "text"],
    ["application/zip", false, "blob"],
    ["application/octet-stream", false, "blob"],
    ["image/png", false, "blob"],
  ])("%s: json %s, read as %s", (mediaType, json, parse) => {
    expect(isJsonMediaType(mediaType)).toBe(json);
    expect(responseParseFor(mediaType)).toBe(parse);
  });

  it("reads a response without a body as json (openapi-fetch then resolves undefined)", () => {
    expect(responseParseFor(null)).toBe("json");
  });
});

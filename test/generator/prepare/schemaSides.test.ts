import { describe, expect, it } from "vitest";
import { schemaSides, sideOfPath } from "../../../generator/prepare/schemaSides.js";
import { renderSchemaTypes } from "../../../generator/emit/schemaTypes.js";
import { prepareDocument } from "../../../generator/prepare/prepareDocument.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });

const document = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/a": {
      post: {
        requestBody: json({ type: "object", properties: { sent: ref("Shared"), mode: ref("Mode") } }),
        responses: { "200": { description: "ok", ...json(ref("Reply")) } },
      },
    },
  },
  components: {
    schemas: {
      Mode: { type: "string", enum: ["fast", "slow"] },
      Shared: { type: "string", enum: ["x", "y"] },
      Reply: { type: "object", properties: { status: ref("Status"), shared: ref("Shared"), tag: { type: "string", enum: ["only"] } } },
      Status: { type: "string", enum: ["ok", "failed"] },
    },
  },
};

describe("schemaSides", () => {
  it("marks schemas only responses reach", () => {
    expect([...schemaSides(document).responseOnly].sort()).toEqual(["Reply", "Status"]);
  });

  it.each([
    ["#/components/schemas/Status", "response"],
    ["#/components/schemas/Reply/status", "response"],
    ["#/components/schemas/Shared", "request"],
    ["#/paths/~1a/post/responses/200/content/application~1json", "response"],
    ["#/paths/~1a/post/requestBody/content/application~1json", "request"],
    ["#/components/headers/X-Rate", "response"],
  ])("%s is on the %s side", (path, side) => expect(sideOfPath(path, schemaSides(document))).toBe(side));
});

describe("the prepared document's schema types", () => {
  it("opens response-only enums, keeps request and single-value ones closed, and gives shared ones an open response copy", async () => {
    const text = await renderSchemaTypes(prepareDocument(document, { readWriteMarkers: false }));
    expect(text).toContain('Status: "ok" | "failed" | (string & {});');
    expect(text).toContain('Mode: "fast" | "slow";');
    expect(text).toContain('Shared: "x" | "y";');
    expect(text).toContain('SharedResponse: "x" | "y" | (string & {});');
    expect(text).toContain('shared?: components["schemas"]["SharedResponse"];');
    expect(text).toContain('sent?: components["schemas"]["Shared"];');
    expect(text).toContain('tag?: "only";');
  });
});

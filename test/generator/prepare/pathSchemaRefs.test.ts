import { describe, expect, it } from "vitest";
import { withPathSchemasHoisted } from "../../../generator/prepare/pathSchemaRefs.js";

const BODY = "#/paths/~1anything/post/requestBody/content/application~1json/schema";

/** A request body whose `circular` property refers to itself through the path, as ReadMe's circular-paths example does. */
function circularDocument(): Record<string, unknown> {
  return {
    openapi: "3.0.3",
    paths: {
      "/anything": {
        post: {
          requestBody: {
            content: {
              "application/json": {
                schema: { type: "object", properties: { circular: { type: "object", properties: { next: { $ref: `${BODY}/properties/circular` } } } } },
              },
            },
          },
          responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: BODY } } } } },
        },
      },
    },
    components: { schemas: { Circular: { type: "string" } } },
  };
}

const post = (document: Record<string, unknown>) =>
  (document.paths as Record<string, { post: { requestBody: { content: Record<string, { schema: unknown }> } } }>)["/anything"]!.post;
const schemas = (document: Record<string, unknown>) => (document.components as { schemas: Record<string, unknown> }).schemas;

describe("withPathSchemasHoisted", () => {
  it("moves every schema a ref reaches inside paths into components, pointing the refs and the old places there", () => {
    const input = circularDocument();
    const output = withPathSchemasHoisted(input);
    // `Circular` is taken, and the request body schema's nearest name is the path word.
    expect(schemas(output).Circular2).toEqual({ type: "object", properties: { next: { $ref: "#/components/schemas/Circular2" } } });
    expect(schemas(output).Anything).toEqual({ type: "object", properties: { circular: { $ref: "#/components/schemas/Circular2" } } });
    expect(post(output).requestBody.content["application/json"]!.schema).toEqual({ $ref: "#/components/schemas/Anything" });
    expect(JSON.stringify(output)).not.toContain("#/paths/");
  });

  it("changes nothing in its input", () => {
    const input = circularDocument();
    const before = JSON.stringify(input);
    withPathSchemasHoisted(input);
    expect(JSON.stringify(input)).toBe(before);
  });

  it("returns the document itself when no ref points into a path's schema, and leaves refs to whole parameters alone", () => {
    const parameterRef = { openapi: "3.0.3", paths: { "/a": { parameters: [{ name: "id", in: "query", schema: { type: "string" } }], get: { parameters: [{ $ref: "#/paths/~1a/parameters/0" }], responses: {} } } } };
    expect(withPathSchemasHoisted(parameterRef)).toBe(parameterRef);
  });

  it("hoists a parameter's schema, creating components when the document has none", () => {
    const input = {
      openapi: "3.0.3",
      paths: {
        "/a": {
          get: {
            parameters: [{ name: "kind", in: "query", schema: { type: "string", enum: ["x", "y"] } }],
            responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/paths/~1a/get/parameters/0/schema" } } } } },
          },
        },
      },
    };
    const output = withPathSchemasHoisted(input);
    expect(schemas(output)).toEqual({ A: { type: "string", enum: ["x", "y"] } });
  });
});

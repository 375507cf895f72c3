/**
 * spec/README.md lists, under "Untyped results", every operation whose result (`data` of
 * its 2xx answer) the spec leaves untyped, and only those: found from the spec, so a new
 * operation with an open result fails here until the README says why.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadBundledSpec, operationsOf } from "./bundledSpec.js";
import { resolveRefs } from "../../openapi/refs.js";
import { isSpecObject, objectOrEmpty, type SpecObject } from "../../openapi/specData.js";

/** Untyped: nothing but a description, or an object that takes any fields and names none. */
function isUntyped(schema: SpecObject): boolean {
  const shaped = ["type", "properties", "items", "allOf", "oneOf", "anyOf", "enum", "const"].some((key) => key in schema);
  if (!shaped) return true;
  return schema.type === "object" && schema.additionalProperties === true && !("properties" in schema);
}

function resultSchema(document: SpecObject, operation: SpecObject): SpecObject | null {
  const responses = objectOrEmpty(operation.responses);
  const success = Object.keys(responses).filter((code) => /^2\d\d$/.test(code)).sort()[0];
  if (success === undefined) return null;
  const response = objectOrEmpty(resolveRefs(document, responses[success]));
  const schema = objectOrEmpty(resolveRefs(document, objectOrEmpty(objectOrEmpty(response.content)["application/json"]).schema));
  const data = resolveRefs(document, objectOrEmpty(schema.properties).data);
  return isSpecObject(data) ? data : null;
}

/** The operationIds in backticks that start the list items of the README's "Untyped results" section. */
function listedInReadme(): string[] {
  const readme = readFileSync(new URL("../../spec/README.md", import.meta.url), "utf8");
  const section = readme.split(/^### Untyped results$/m)[1]?.split(/^#{2,3} /m)[0] ?? "";
  return [...section.matchAll(/^- `([A-Za-z0-9]+)`/gm)].map((match) => match[1]!).sort();
}

describe("results the spec leaves untyped", () => {
  it("are exactly the ones spec/README.md lists, each with its reason", async () => {
    const document = (await loadBundledSpec()) as SpecObject;
    const untyped = operationsOf(document)
      .filter(({ operation }) => {
        const schema = resultSchema(document, operation);
        return schema !== null && isUntyped(schema);
      })
      .map(({ operationId }) => operationId)
      .sort();
    expect(listedInReadme()).toEqual(untyped);
  });
});

/**
 * Schemas that reach themselves through unions, arrays and maps: which ones become
 * aliases, and that the aliased types still compile strictly and still mean the schema
 * (a wrong value is refused, a right one accepted).
 */
import { describe, expect, it } from "vitest";
import { Project, ts } from "ts-morph";
import { renderSchemaTypes } from "../../../generator/emit/schemaTypes.js";
import { prepareDocument } from "../../../generator/prepare/prepareDocument.js";
import { CHECK_COMPILER_OPTIONS } from "../../../generator/emit/typeCheck.js";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function documentWith(schemas: Record<string, unknown>): Record<string, unknown> {
  return { openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } };
}

async function schemaSource(schemas: Record<string, unknown>): Promise<string> {
  return renderSchemaTypes(prepareDocument(documentWith(schemas), { readWriteMarkers: false }));
}

function typeErrors(source: string): string[] {
  const project = new Project({ compilerOptions: CHECK_COMPILER_OPTIONS, useInMemoryFileSystem: true });
  project.createSourceFile("/schema.ts", source);
  return project
    .getPreEmitDiagnostics()
    .filter((diagnostic) => diagnostic.getCategory() === ts.DiagnosticCategory.Error)
    .map((diagnostic) => `${diagnostic.getLineNumber()}: ${ts.flattenDiagnosticMessageText(diagnostic.getMessageText() as string, " ")}`);
}

describe("schemas on a cycle of unions, arrays and maps", () => {
  it.each([
    ["a union member that is an array of itself", { J: { oneOf: [{ type: "string" }, { type: "array", items: ref("J") }] } }, ["J"]],
    ["an array of a union holding itself", { L: { type: "array", items: { anyOf: [{ type: "string" }, ref("L")] } } }, ["L"]],
    ["two schemas through a union and an array", { F: { oneOf: [{ type: "string" }, ref("G")] }, G: { type: "array", items: ref("F") } }, ["F", "G"]],
    ["an allOf member that is an array of itself", { I: { allOf: [{ type: "array", items: ref("I") }] } }, ["I"]],
  ])("%s become aliases", async (_, schemas, aliased) => {
    const source = await schemaSource(schemas);
    for (const name of aliased) expect(source).toContain(`${name}: Schema_${name};`);
    expect(typeErrors(source)).toEqual([]);
  });

  it.each([
    ["an object property", { T: { type: "object", properties: { children: { type: "array", items: ref("T") } } } }],
    ["a map's values", { M: { type: "object", additionalProperties: ref("M") } }],
    ["a union of objects that refer back", { E: { anyOf: [ref("S"), { type: "number" }] }, S: { type: "object", properties: { terms: { type: "array", items: ref("E") } } } }],
  ])("through %s stay as openapi-typescript writes them (tsc defers object types)", async (_, schemas) => {
    const source = await schemaSource(schemas);
    expect(source).not.toContain("Schema_");
    expect(typeErrors(source)).toEqual([]);
  });

  it("keep their meaning: a right value is accepted, a wrong one refused", async () => {
    const source = await schemaSource({
      Json: { oneOf: [{ type: "string" }, { type: "number" }, { type: "array", items: ref("Json") }, { type: "object", additionalProperties: ref("Json") }] },
    });
    const use = [
      'export const right: components["schemas"]["Json"] = ["a", 1, { b: [2, { c: "d" }] }];',
      'export const wrong: components["schemas"]["Json"] = ["a", [true]];',
    ].join("\n");
    const errors = typeErrors(`${source}\n${use}\n`);
    const wrongLine = `${source}\n${use}`.split("\n").findIndex((line) => line.startsWith("export const wrong")) + 1;
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((error) => error.startsWith(`${wrongLine}: `))).toBe(true);
  });

  it("get distinct alias names when their names differ only in characters an identifier cannot hold", async () => {
    const self = (name: string) => ({ oneOf: [{ type: "string" }, { type: "array", items: ref(name) }] });
    const source = await schemaSource({ "a.b": self("a.b"), "a-b": self("a-b") });
    expect(source).toContain('"a-b": Schema_a_b;');
    expect(source).toContain('"a.b": Schema_a_b2;');
    expect(typeErrors(source)).toEqual([]);
  });
});

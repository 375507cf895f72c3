/**
 * Discriminator mappings that name schemas (`cat: Cat`) load as references to them, in the
 * root file and in a file it refers to; references, and names the document has no schema
 * for, are left to the bundler, and example data is never rewritten.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { valueAt } from "../../../openapi/jsonPointer.js";
import { resolveAt } from "../../../openapi/refs.js";
import { formatProblem } from "../../../generator/load/problem.js";

const folder = mkdtempSync(path.join(os.tmpdir(), "nf-mapping-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function write(file: string, text: string): string {
  const full = path.join(folder, file);
  writeFileSync(full, text);
  return full;
}

const OBJECT_WITH_KIND = "{ type: object, required: [kind], properties: { kind: { type: string } } }";

describe("discriminator mappings that name schemas", () => {
  it("become references in the root file and in a file it refers to, and the spec bundles", async () => {
    write(
      "pet.yaml",
      [
        "oneOf: [{ $ref: 'openapi.yaml#/components/schemas/Cat' }, { $ref: 'openapi.yaml#/components/schemas/Dog' }]",
        "discriminator: { propertyName: kind, mapping: { cat: Cat, dog: 'openapi.yaml#/components/schemas/Dog' } }",
        // Data, not a Discriminator Object: kept as written.
        "example: { kind: cat, discriminator: { propertyName: kind, mapping: { cat: Cat } } }",
      ].join("\n"),
    );
    const specPath = write(
      "openapi.yaml",
      [
        "openapi: 3.1.0",
        "info: { title: t, version: '1' }",
        "paths: {}",
        "components:",
        "  schemas:",
        "    Pet: { $ref: './pet.yaml' }",
        `    Cat: ${OBJECT_WITH_KIND}`,
        `    Dog: ${OBJECT_WITH_KIND}`,
        "    Animal:",
        "      oneOf: [{ $ref: '#/components/schemas/Cat' }, { $ref: '#/components/schemas/Dog' }]",
        "      discriminator: { propertyName: kind, mapping: { cat: Cat, dog: '#/components/schemas/Dog' } }",
      ].join("\n"),
    );
    const loaded = await loadSpec({ specPath });
    expect(loaded.problems.map(formatProblem)).toEqual([]);
    // The bundler moves pet.yaml into a component of its own choosing: reach it through Pet.
    const pet = resolveAt(loaded.document, "/components/schemas/Pet").pointer;
    const mapping = (pointer: string) => valueAt(loaded.document, pointer);
    expect(mapping("/components/schemas/Animal/discriminator/mapping")).toEqual({ cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" });
    expect(mapping(`${pet}/discriminator/mapping`)).toEqual({ cat: "#/components/schemas/Cat", dog: "#/components/schemas/Dog" });
    expect(mapping(`${pet}/example/discriminator/mapping`)).toEqual({ cat: "Cat" });
  });

  it("leave a name the document has no schema for to the bundler, which reports it", async () => {
    const specPath = write(
      "unknown.yaml",
      [
        "openapi: 3.1.0",
        "info: { title: t, version: '1' }",
        "paths: {}",
        "components:",
        "  schemas:",
        `    Cat: ${OBJECT_WITH_KIND}`,
        "    Pet:",
        "      oneOf: [{ $ref: '#/components/schemas/Cat' }]",
        "      discriminator: { propertyName: kind, mapping: { cat: Kat } }",
      ].join("\n"),
    );
    const loaded = await loadSpec({ specPath });
    expect(loaded.problems.map((problem) => problem.pointer)).toEqual(["#/components/schemas/Pet/discriminator/mapping/cat"]);
  });
});

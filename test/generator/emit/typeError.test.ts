/**
 * The in-memory type check must refuse output that does not compile, naming the
 * generated file and line and the operation's place in the spec (file:line and pointer).
 * The spec's place is looked up only for the report, so this guards that lookup too.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { buildModel } from "../../../generator/model/buildModel.js";
import { renderFiles } from "../../../generator/emit/renderFiles.js";
import { loadTemplates } from "../../../generator/emit/templates.js";
import { renderSchemaTypes } from "../../../generator/emit/schemaTypes.js";
import { prepareDocument } from "../../../generator/prepare/prepareDocument.js";
import { formatFiles } from "../../../generator/emit/format.js";
import { formatTypeError, typeCheckOutput } from "../../../generator/emit/typeCheck.js";
import { FIXTURE_ROOT, REPO_ROOT } from "../../../scripts/lib/fixtureSpecs.js";

const SPEC = path.relative(process.cwd(), path.join(FIXTURE_ROOT, "path-params-punctuation", "openapi.yaml"));
const ENDPOINT_FILE = "endpoints/default.gen.ts";
const OUT_DIR = path.join(REPO_ROOT, "generated-type-error-test");

describe("type errors in the output", () => {
  it("name the generated file:line and the operation's file:line and pointer in the spec", async () => {
    const loaded = await loadSpec({ specPath: SPEC });
    const { model } = buildModel({ document: loaded.document, locate: loaded.locate, specFile: SPEC });
    const rendered = renderFiles({
      model,
      render: loadTemplates(),
      headerLines: ["test"],
      runtimeModule: "../runtime/index.js",
      schemaTypes: await renderSchemaTypes(prepareDocument(loaded.document, { readWriteMarkers: false })),
    });
    // A wrong return inside getRepoFile's body: the kind of mistake a template change could make.
    const broken = rendered.map((file) =>
      file.path === ENDPOINT_FILE ? { ...file, text: file.text.replace("return runtime.call<", "return 42 as unknown as string; runtime.call<") } : file,
    );
    const files = await formatFiles(broken);
    const { errors } = typeCheckOutput({ files, outDir: OUT_DIR, model });

    const endpoint = files.find((file) => file.path === ENDPOINT_FILE)?.text ?? "";
    const line = endpoint.split("\n").findIndex((text) => text.includes("return 42")) + 1;
    expect(line).toBeGreaterThan(0);
    expect(errors.map((error) => formatTypeError(error, "generated", loaded.locate))).toEqual([
      `generated/${ENDPOINT_FILE}:${line}  generate/type-error  Type 'string' is not assignable to type 'Promise<{ content?: string; }>'.` +
        ` (operation getRepoFile at ${SPEC}:6, /paths/~1repos~1{repo-owner}~1{repo.name}~1files~1{file-path.v2}/get)`,
    ]);
  });
});

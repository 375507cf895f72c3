/**
 * Watch mode keeps the type-check project and skips the check when only comments
 * changed since a clean check. It must still catch every change that can matter: code,
 * and comment directives such as `@ts-expect-error`.
 */
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { buildModel } from "../../../generator/model/buildModel.js";
import type { ApiModel } from "../../../generator/model/types.js";
import { renderFiles, type OutputFile } from "../../../generator/emit/renderFiles.js";
import { loadTemplates } from "../../../generator/emit/templates.js";
import { renderSchemaTypes } from "../../../generator/emit/schemaTypes.js";
import { prepareDocument } from "../../../generator/prepare/prepareDocument.js";
import { formatFiles } from "../../../generator/emit/format.js";
import { typeCheckOutput } from "../../../generator/emit/typeCheck.js";
import { TypeCheckCache } from "../../../generator/emit/generationCache.js";
import { codeFingerprint } from "../../../generator/emit/codeFingerprint.js";
import { FIXTURE_ROOT, REPO_ROOT } from "../../../scripts/lib/fixtureSpecs.js";

const SPEC = path.relative(process.cwd(), path.join(FIXTURE_ROOT, "path-params-punctuation", "openapi.yaml"));
const ENDPOINT_FILE = "endpoints/default.gen.ts";
const OUT_DIR = path.join(REPO_ROOT, "generated-type-check-cache-test");

let model: ApiModel;
let clean: OutputFile[];

beforeAll(async () => {
  const loaded = await loadSpec({ specPath: SPEC });
  model = buildModel({ document: loaded.document, locate: loaded.locate, specFile: SPEC }).model;
  const rendered = renderFiles({
    model,
    render: loadTemplates(),
    headerLines: ["test"],
    runtimeModule: "../runtime/index.js",
    schemaTypes: await renderSchemaTypes(prepareDocument(loaded.document, { readWriteMarkers: false })),
  });
  clean = await formatFiles(rendered);
});

function edited(edit: (text: string) => string): OutputFile[] {
  return clean.map((file) => (file.path === ENDPOINT_FILE ? { ...file, text: edit(file.text) } : file));
}

const messages = (files: OutputFile[], cache: TypeCheckCache) =>
  typeCheckOutput({ files, outDir: OUT_DIR, model, cache }).errors.map((error) => `${error.file}:${error.line} ${error.message}`);

describe("type check with a cache", () => {
  it("reports code changes and comment directives after clean and comment-only runs", () => {
    const cache = new TypeCheckCache();
    expect(messages(clean, cache)).toEqual([]);
    const project = cache.project;
    expect(messages(edited((text) => text.replace("/** How the runtime", "/** Edited: how the runtime")), cache)).toEqual([]);
    expect(cache.project).toBe(project);

    const broken = messages(edited((text) => text.replace("return runtime.call<", "return 42 as unknown as string; runtime.call<")), cache);
    expect(broken).toHaveLength(1);
    expect(broken[0]).toMatch(/^endpoints\/default\.gen\.ts:\d+ Type 'string' is not assignable/);

    expect(messages(clean, cache)).toEqual([]);
    const directive = messages(edited((text) => text.replace("export function getRepoFile", "// @ts-expect-error nothing to expect\nexport function getRepoFile")), cache);
    expect(directive.join("\n")).toMatch(/Unused '@ts-expect-error' directive/);
  });

  it("forgets generated files a later run no longer has", () => {
    const cache = new TypeCheckCache();
    const extra = { path: "endpoints/extra.gen.ts", text: "export const broken: number = 'text';\n" };
    expect(messages([...clean, extra], cache)).toEqual(["endpoints/extra.gen.ts:1 Type 'string' is not assignable to type 'number'."]);
    expect(messages(clean, cache)).toEqual([]);
    expect(cache.project?.getSourceFile(path.join(OUT_DIR, extra.path))).toBeUndefined();
  });
});

describe("codeFingerprint", () => {
  it.each([
    ["comments and layout differ", "/** a */\nexport const a = 1;\n", "// changed\nexport   const a =\n  1; /* more */\n", true],
    ["a literal differs", "export const a = 1;\n", "export const a = 2;\n", false],
    ["a string holding comment-like text differs", 'export const a = "// x";\n', 'export const a = "// y";\n', false],
  ])("tells apart texts where %s", (_case, before, after, same) => {
    expect(codeFingerprint(before) === codeFingerprint(after)).toBe(same);
  });

  it.each([
    ["a comment directive", "// @ts-ignore\nexport const a: number = 'x';\n"],
    ["a triple-slash reference", '/// <reference types="node" />\nexport {};\n'],
    ["a slash (division or regular expression)", "export const a = /x\\/\\/y/;\n"],
    ["a template with a substitution", "export const a = `${1} // not a comment`;\n"],
  ])("gives none for a text with %s", (_case, text) => {
    expect(codeFingerprint(text)).toBeNull();
  });
});

/**
 * Formatting in pieces must give prettier's output for the whole text, byte for byte.
 * Checked on the raw (unformatted) TypeScript the generator renders and formats for every
 * fixture spec and for our spec, with limits small enough that every file is cut many times.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { format } from "prettier";
import { loadSpec } from "../../../../generator/load/loadSpec.js";
import { buildModel } from "../../../../generator/model/buildModel.js";
import { renderFiles, SCHEMA_FILE } from "../../../../generator/emit/renderFiles.js";
import { loadTemplates } from "../../../../generator/emit/templates.js";
import { renderSchemaTypes } from "../../../../generator/emit/schemaTypes.js";
import { prepareDocument } from "../../../../generator/prepare/prepareDocument.js";
import { PRETTIER_OPTIONS } from "../../../../generator/emit/format.js";
import { formatTypeScriptInPieces, type PieceLimits } from "../../../../generator/emit/format/typeScriptPieces.js";
import { REPO_ROOT, validFixtures } from "../../../../scripts/lib/fixtureSpecs.js";

const SMALL: PieceLimits = { splitThreshold: 200, groupLimit: 600, boundaryMask: 1 };
const SPECS = [...validFixtures().map((fixture) => fixture.specPath), path.join(REPO_ROOT, "spec/openapi.yaml")];

async function renderedFiles(specPath: string) {
  const relative = path.relative(process.cwd(), specPath);
  const loaded = await loadSpec({ specPath: relative });
  const { model } = buildModel({ document: loaded.document, locate: loaded.locate, specFile: relative });
  return renderFiles({
    model,
    render: loadTemplates(),
    headerLines: ["header"],
    runtimeModule: "../runtime/index.js",
    schemaTypes: await renderSchemaTypes(prepareDocument(loaded.document, { readWriteMarkers: false })),
  });
}

const formatTs = (text: string) => format(text, { ...PRETTIER_OPTIONS, filepath: "piece.ts" });

describe("TypeScript in pieces", () => {
  it.each(SPECS.map((spec) => [path.relative(REPO_ROOT, spec), spec]))("formats the output of %s as prettier formats it whole", async (_name, spec) => {
    // The schema types are openapi-typescript's printed output and are not formatted.
    for (const file of (await renderedFiles(spec)).filter((rendered) => rendered.path !== SCHEMA_FILE)) {
      let pieces = 0;
      const counted = (text: string) => {
        pieces++;
        return formatTs(text);
      };
      const inPieces = await formatTypeScriptInPieces(file.text, counted, SMALL);
      expect({ file: file.path, text: inPieces }).toEqual({ file: file.path, text: await formatTs(file.text) });
      if (file.text.length > 2_000) expect(pieces, file.path).toBeGreaterThan(2);
    }
  });

  const members = Array.from({ length: 30 }, (_, index) => `    m${index}: { a: string; b: number };`);
  const withMembers = (edit: (lines: string[]) => void, after = "") => {
    const lines = [...members];
    edit(lines);
    return `// head\n\nexport interface Big {\n${lines.join("\n")}\n${after}}\nexport type After = Big["m1"];\n`;
  };
  const everyMemberAlone: PieceLimits = { splitThreshold: 100, groupLimit: 1, boundaryMask: 0 };
  it.each([
    ["a comment after a member on its line", withMembers((lines) => (lines[3] = `${lines[3]} // trailing note`))],
    ["a blank line between members", withMembers((lines) => lines.splice(10, 0, ""))],
    ["a comment after the last member", withMembers(() => undefined, "    // last words\n")],
  ])("formats %s where prettier puts it", async (_case, text) => {
    expect(await formatTypeScriptInPieces(text, formatTs, everyMemberAlone)).toBe(await formatTs(text));
  });
});

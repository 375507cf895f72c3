/**
 * Formatting in pieces must give prettier's output for the whole text, byte for byte.
 * Checked on the raw (unformatted) TypeScript the generator renders for every fixture
 * spec and for our spec, and on every committed API.md plus documents built to trip the
 * Markdown cutter (unclosed fences and HTML blocks, headings inside them, lists on both
 * sides of a cut), with limits small enough that every file is cut many times.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { format } from "prettier";
import { loadSpec } from "../../../../generator/load/loadSpec.js";
import { buildModel } from "../../../../generator/model/buildModel.js";
import { renderFiles } from "../../../../generator/emit/renderFiles.js";
import { loadTemplates } from "../../../../generator/emit/templates.js";
import { renderSchemaTypes } from "../../../../generator/emit/schemaTypes.js";
import { prepareDocument } from "../../../../generator/prepare/prepareDocument.js";
import { MARKDOWN_OPTIONS, PRETTIER_OPTIONS } from "../../../../generator/emit/format.js";
import { formatTypeScriptInPieces, type PieceLimits } from "../../../../generator/emit/format/typeScriptPieces.js";
import { joinMarkdownPieces, markdownPieces } from "../../../../generator/emit/format/markdownPieces.js";
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
    schemaTypes: await renderSchemaTypes(prepareDocument(loaded.document)),
  });
}

const formatTs = (text: string) => format(text, { ...PRETTIER_OPTIONS, filepath: "piece.ts" });
const formatMd = (text: string) => format(text, MARKDOWN_OPTIONS);

describe("TypeScript in pieces", () => {
  it.each(SPECS.map((spec) => [path.relative(REPO_ROOT, spec), spec]))("formats the output of %s as prettier formats it whole", async (_name, spec) => {
    for (const file of await renderedFiles(spec)) {
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

const TRICKY_MARKDOWN = [
  "# Title\n\nIntro with a list:\n\n- a\n- b\n",
  "### one\n\n- x\n- y\n",
  "### two\n\n- z\n\n```ts\nconst a   =  1\n\n### not a heading\n```\n",
  "### three\n\n<!-- open comment\n\n### inside the comment\n\n-->\n\n* starred list\n",
  "### four\n\n````md\n```\n### inside a longer fence\n````\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
  "### five\n\n<pre>\n\n### inside pre\n\n</pre>\n\n1. one\n1. two\n",
  "### six\n\n~~~\nunclosed tilde fence\n\n### swallowed\n\ntext\n",
].join("\n");

describe("Markdown in pieces", () => {
  const committed = [
    ...validFixtures().map((fixture) => path.join(fixture.snapshotDir, "API.md")),
    path.join(REPO_ROOT, "generated/API.md"),
  ];
  it.each(committed.map((file) => [path.relative(REPO_ROOT, file), file]))("formats %s as prettier formats it whole", async (_name, file) => {
    const text = readFileSync(file, "utf8");
    const pieces = markdownPieces(text, 1);
    expect(pieces.join("")).toBe(text);
    expect(joinMarkdownPieces(await Promise.all(pieces.map(formatMd)))).toBe(await formatMd(text));
  });

  it("does not cut inside fences or HTML blocks, and formats the rest as prettier does", async () => {
    const pieces = markdownPieces(TRICKY_MARKDOWN, 1);
    expect(pieces.map((piece) => piece.split("\n")[0])).toEqual(["# Title", "### one", "### two", "### three", "### four", "### five", "### six"]);
    expect(joinMarkdownPieces(await Promise.all(pieces.map(formatMd)))).toBe(await formatMd(TRICKY_MARKDOWN));
  });

  it("does not cut a document with link reference definitions or prettier-ignore", () => {
    expect(markdownPieces(`${TRICKY_MARKDOWN}\n[ref]: https://example.com\n`, 1)).toHaveLength(1);
    expect(markdownPieces(`<!-- prettier-ignore -->\n${TRICKY_MARKDOWN}`, 1)).toHaveLength(1);
  });
});

/**
 * The three report forms over one fixed set of changes: text lines with the severity
 * first, Markdown sections with escaped text for a pull request comment, and JSON
 * carrying every field of every change.
 */
import { describe, expect, it } from "vitest";
import { apiChange } from "../../../generator/diff/change.js";
import { classifyChanges } from "../../../generator/diff/diffSpecs.js";
import { markdownText, renderReport } from "../../../generator/diff/renderReport.js";

const report = classifyChanges([
  apiChange({ kind: "property-added-optional", side: "request", subject: "listProjects", path: "query.sort_by", after: "string" }),
  apiChange({ kind: "became-required", side: "request", subject: "createProject", path: "body.description" }),
]);
const base = { ref: "origin/main", commit: "0123456789abcdef0123456789abcdef01234567" };

describe("renderReport", () => {
  it("text: breaking first, then the summary with the bump", () => {
    expect(renderReport({ report, base, specPath: "spec/openapi.yaml", format: "text" })).toBe(
      [
        "API of spec/openapi.yaml: origin/main (0123456789ab) -> working tree",
        "breaking    createProject: body.description became required",
        "compatible  listProjects: query.sort_by added (optional)",
        "2 changes: 1 breaking, 1 compatible. Suggested version bump: major.",
        "",
      ].join("\n"),
    );
  });

  it("markdown: a heading, the verdict, and one section per severity with escaped text", () => {
    const text = renderReport({ report, base, specPath: "spec/openapi.yaml", format: "markdown" });
    expect(text).toBe(
      [
        "### API changes in `spec/openapi.yaml` since `origin/main` (`0123456789ab`)",
        "",
        "**1 breaking change**, 1 compatible.",
        "Suggested version bump: **major**.",
        "",
        "#### Breaking (1)",
        "",
        "- createProject: body.description became required",
        "",
        "#### Compatible (1)",
        "",
        "- listProjects: query.sort\\_by added (optional)",
        "",
      ].join("\n"),
    );
  });

  it("json: every change with severity, kind, side, subject, path, before, after and message", () => {
    const parsed = JSON.parse(renderReport({ report, base, specPath: "spec/openapi.yaml", format: "json" }));
    expect(parsed).toMatchObject({ spec: "spec/openapi.yaml", base, breaking: 1, compatible: 1, bump: "major" });
    expect(parsed.changes[0]).toEqual({
      severity: "breaking",
      kind: "became-required",
      side: "request",
      subject: "createProject",
      path: "body.description",
      before: null,
      after: null,
      message: "createProject: body.description became required",
    });
  });

  it("says so when nothing changed", () => {
    const empty = classifyChanges([]);
    expect(renderReport({ report: empty, base, specPath: "s.yaml", format: "text" })).toContain("No public API changes. Suggested version bump: patch.");
    expect(renderReport({ report: empty, base, specPath: "s.yaml", format: "markdown" })).toContain("No public API changes.");
  });
});

describe("markdownText", () => {
  it("escapes what Markdown would read as formatting", () => {
    expect(markdownText('a_b *c* `d` [e] <f> g|h ~i~ "j"')).toBe('a\\_b \\*c\\* \\`d\\` \\[e\\] \\<f\\> g\\|h \\~i\\~ "j"');
  });
});

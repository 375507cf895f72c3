/**
 * The three forms of a diff report: plain text for a terminal, Markdown for a pull
 * request comment, JSON for machines. All list breaking changes first and end with the
 * suggested version bump.
 */
import type { DiffBase } from "./diffAgainstRef.js";
import type { ClassifiedChange, DiffReport } from "./diffSpecs.js";

export const REPORT_FORMATS = ["text", "markdown", "json"] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderReportOptions {
  readonly report: DiffReport;
  readonly base: DiffBase;
  /** The spec file as given. */
  readonly specPath: string;
  readonly format: ReportFormat;
}

export function renderReport(options: RenderReportOptions): string {
  switch (options.format) {
    case "text":
      return renderText(options);
    case "markdown":
      return renderMarkdown(options);
    case "json":
      return renderJson(options);
  }
}

function summary(report: DiffReport): string {
  if (report.changes.length === 0) return `No public API changes. Suggested version bump: ${report.bump}.`;
  const count = report.changes.length;
  return `${count} change${count === 1 ? "" : "s"}: ${report.breaking} breaking, ${report.compatible} compatible. Suggested version bump: ${report.bump}.`;
}

/** The ref as given and the commit's short hash; a ref that is itself a hash is not repeated. */
function baseParts(base: DiffBase): { readonly ref: string | null; readonly short: string } {
  const short = base.commit.slice(0, 12);
  const isHash = /^[0-9a-f]{4,40}$/i.test(base.ref) && base.commit.startsWith(base.ref.toLowerCase());
  return { ref: isHash ? null : base.ref, short };
}

function baseText(base: DiffBase): string {
  const { ref, short } = baseParts(base);
  return ref === null ? short : `${ref} (${short})`;
}

function baseMarkdown(base: DiffBase): string {
  const { ref, short } = baseParts(base);
  return ref === null ? `\`${short}\`` : `\`${ref}\` (\`${short}\`)`;
}

function renderText({ report, base, specPath }: RenderReportOptions): string {
  const lines = [
    `API of ${specPath}: ${baseText(base)} -> working tree`,
    ...report.changes.map((change) => `${change.severity.padEnd(10)}  ${change.message}`),
    summary(report),
  ];
  return `${lines.join("\n")}\n`;
}

function renderMarkdown({ report, base, specPath }: RenderReportOptions): string {
  const section = (title: string, changes: readonly ClassifiedChange[]) =>
    changes.length === 0 ? [] : [`#### ${title} (${changes.length})`, "", ...changes.map((change) => `- ${markdownText(change.message)}`), ""];
  const breaking = report.changes.filter((change) => change.severity === "breaking");
  const compatible = report.changes.filter((change) => change.severity === "compatible");
  const verdict = report.breaking > 0 ? `**${report.breaking} breaking change${report.breaking === 1 ? "" : "s"}**` : "No breaking changes";
  const lines = [
    `### API changes in \`${specPath}\` since ${baseMarkdown(base)}`,
    "",
    report.changes.length === 0 ? "No public API changes." : `${verdict}, ${report.compatible} compatible.`,
    `Suggested version bump: **${report.bump}**.`,
    "",
    ...section("Breaking", breaking),
    ...section("Compatible", compatible),
  ];
  return `${lines.join("\n").trimEnd()}\n`;
}

function renderJson({ report, base, specPath }: RenderReportOptions): string {
  const changes = report.changes.map((change) => ({
    severity: change.severity,
    kind: change.kind,
    side: change.side,
    subject: change.subject,
    path: change.path,
    before: change.before,
    after: change.after,
    message: change.message,
  }));
  const document = { spec: specPath, base, breaking: report.breaking, compatible: report.compatible, bump: report.bump, changes };
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Backslash-escapes what Markdown would otherwise read as formatting. */
export function markdownText(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (character) => `\\${character}`);
}

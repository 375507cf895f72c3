/** The printed table: one row per figure, grouped by part, with ratio and target columns. */
import type { Figure } from "./lib/figures.js";

const HEADERS = ["part", "input", "measure", "subject", "median", "min", "max", "n", "ratio", "target"];

export function formatTable(figures: readonly Figure[]): string {
  const rows = figures.map((figure) => [
    figure.part,
    figure.input,
    figure.measure,
    figure.subject,
    formatValue(figure.median, figure.unit),
    formatValue(figure.min, figure.unit),
    formatValue(figure.max, figure.unit),
    String(figure.runs),
    figure.ratio === null ? "" : `${figure.ratio.toFixed(2)}× ${figure.anchor}`,
    figure.target === null ? "" : `${figure.met ? "met" : "MISSED"} (${figure.target})`,
  ]);
  const widths = HEADERS.map((header, column) => Math.max(header.length, ...rows.map((row) => row[column]!.length)));
  const numeric = new Set([4, 5, 6, 7]);
  const line = (cells: readonly string[]): string =>
    cells.map((cell, column) => (numeric.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join("  ").trimEnd();
  return [line(HEADERS), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

export function formatValue(value: number, unit: Figure["unit"]): string {
  switch (unit) {
    case "count":
    case "bytes":
      return `${Math.round(value).toLocaleString("en-US")}${unit === "bytes" ? " B" : ""}`;
    case "MB":
      return `${value.toFixed(1)} MB`;
    case "µs/req":
      return `${value.toFixed(1)} µs`;
    case "req/s":
      return `${Math.round(value).toLocaleString("en-US")}/s`;
    case "ms":
      return `${value < 100 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")} ms`;
  }
}

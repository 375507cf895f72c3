/** The bench's arithmetic and parsing: medians, ratios against an anchor, tsc's diagnostics, the table. */
import { describe, expect, it } from "vitest";
import { makeFigure, setRatios, type FigureKey } from "../../scripts/bench/lib/figures.js";
import { summarize } from "../../scripts/bench/lib/stats.js";
import { parseDiagnostics } from "../../scripts/bench/parts/typecheck.js";
import { formatTable } from "../../scripts/bench/table.js";

describe("summarize", () => {
  it.each([
    { values: [5], median: 5, min: 5, max: 5 },
    { values: [3, 1, 2], median: 2, min: 1, max: 3 },
    { values: [4, 1, 3, 2], median: 2.5, min: 1, max: 4 },
    { values: [10, 10, 1, 10, 100], median: 10, min: 1, max: 100 },
  ])("$values: median $median, min $min, max $max", ({ values, median, min, max }) => {
    expect(summarize(values)).toEqual({ median, min, max, runs: values.length });
  });

  it("refuses an empty series with a message saying why", () => {
    expect(() => summarize([])).toThrow(/no measurements/);
  });
});

describe("setRatios", () => {
  const key = (subject: string, input = "our spec"): FigureKey => ({ part: "generation", measure: "wall time", input, subject, unit: "ms" });

  it("divides each figure's median by the anchor's in the same row only", () => {
    const ours = makeFigure(key("ours"), [300, 100, 200]);
    const anchor = makeFigure(key("anchor"), [400]);
    const otherInput = makeFigure(key("ours", "GitHub REST"), [50]);
    setRatios([ours, anchor, otherInput], "anchor");
    expect(ours.ratio).toBe(0.5);
    expect(ours.anchor).toBe("anchor");
    expect(anchor.ratio).toBeNull();
    expect(otherInput.ratio).toBeNull();
  });
});

describe("parseDiagnostics", () => {
  const output = ["Files:  185", "Types:                        5386", "Instantiations:               6192", "Memory used:               118094K", "Check time:                  0.67s"].join("\n");

  it("reads types, instantiations, memory (K to MB) and check time (s to ms)", () => {
    expect(parseDiagnostics(output)).toEqual({ types: 5386, instantiations: 6192, memoryMb: 118094 / 1024, checkTimeMs: 670 });
  });

  it("names the line it could not find", () => {
    expect(() => parseDiagnostics("Types: 1")).toThrow(/"Instantiations"/);
  });
});

describe("formatTable", () => {
  it("prints one row per figure with its unit, ratio and target verdict", () => {
    const figure = makeFigure({ part: "bundle", measure: "minified + gzip", input: "one call", subject: "ours", unit: "bytes" }, [8378]);
    Object.assign(figure, { anchor: "openapi-fetch", ratio: 3.11, target: "≤ openapi-fetch + 3,000 B gzip", met: false });
    const [header, , row] = formatTable([figure]).split("\n");
    expect(header).toMatch(/^part\s+input\s+measure\s+subject\s+median/);
    expect(row).toContain("8,378 B");
    expect(row).toContain("3.11× openapi-fetch");
    expect(row).toContain("MISSED (≤ openapi-fetch + 3,000 B gzip)");
  });
});

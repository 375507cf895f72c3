/**
 * The benchmark in smoke mode (issue 7): every part runs once on our spec with few requests,
 * and each must produce well-formed figures for every tool it compares. No timing is asserted:
 * the figures' values depend on the machine; their presence and shape do not.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Figure, PartName } from "../../scripts/bench/lib/figures.js";
import { runBench, type BenchReport } from "../../scripts/bench/runBench.js";

let report: BenchReport;

// A guard against a hang, not a speed target: the smoke run takes about 2 minutes on a
// loaded 2-core machine (every part once: generation by three tools, tsc twice, bundles, Prism).
const SMOKE_RUN_GUARD_MS = 600_000;

beforeAll(async () => {
  report = await runBench({ smoke: true, log: () => {} });
}, SMOKE_RUN_GUARD_MS);

/** The subjects and measures each part must report, with the anchor its ratios are taken against. */
const expected: Record<PartName, { subjects: string[]; measures: string[]; anchor: string }> = {
  generation: { subjects: ["northflank-openapi", "openapi-typescript", "@hey-api/openapi-ts"], measures: ["wall time", "peak RSS"], anchor: "@hey-api/openapi-ts" },
  regeneration: { subjects: ["northflank-openapi"], measures: ["edit → output written", "generate step (logged)"], anchor: "" },
  typecheck: { subjects: ["northflank-openapi", "northflank-openapi, package .d.ts", "openapi-fetch", "@northflank/js-client"], measures: ["wall time", "check time (tsc)", "memory used (tsc)", "types", "instantiations"], anchor: "openapi-fetch" },
  bundle: { subjects: ["northflank-openapi", "northflank-openapi, standalone function", "openapi-fetch", "@northflank/js-client"], measures: ["minified", "minified + gzip"], anchor: "openapi-fetch" },
  "per-call": { subjects: ["raw fetch", "openapi-fetch", "northflank-openapi", "northflank-openapi, node transport", "@northflank/js-client"], measures: ["client CPU per request", "requests per second"], anchor: "openapi-fetch" },
  mock: { subjects: ["northflank-openapi", "prism"], measures: ["start to first answer", "requests per second"], anchor: "prism" },
  check: { subjects: ["northflank-openapi"], measures: ["check (by manifest)", "check --full"], anchor: "" },
};

function expectWellFormed(figure: Figure): void {
  for (const value of [figure.median, figure.min, figure.max]) {
    expect(Number.isFinite(value), `${figure.subject} ${figure.measure}`).toBe(true);
    expect(value, `${figure.subject} ${figure.measure}`).toBeGreaterThan(0);
  }
  expect(figure.min).toBeLessThanOrEqual(figure.median);
  expect(figure.median).toBeLessThanOrEqual(figure.max);
  expect(figure.runs).toBe(1);
  expect(figure.met === null).toBe(figure.target === null);
}

describe("npm run bench -- --smoke", () => {
  it("runs every part without a failure", () => {
    expect(report.failures).toEqual([]);
    expect(report.smoke).toBe(true);
  });

  for (const [part, { subjects, measures, anchor }] of Object.entries(expected)) {
    it(`${part}: a well-formed figure for every subject and measure, with ratios against ${anchor || "nothing"}`, () => {
      const figures = report.figures.filter((figure) => figure.part === part);
      for (const subject of subjects) {
        for (const measure of measures) {
          const matching = figures.filter((figure) => figure.subject === subject && figure.measure === measure);
          expect(matching.length, `${part}: ${subject} ${measure}`).toBeGreaterThan(0);
          for (const figure of matching) {
            expectWellFormed(figure);
            if (anchor !== "" && subject !== anchor) {
              expect(figure.anchor).toBe(anchor);
              expect(figure.ratio).toBeCloseTo(figure.median / figures.find((base) => base.subject === anchor && base.measure === measure && base.input === figure.input)!.median);
            }
          }
        }
      }
      expect(new Set(figures.map((figure) => figure.subject))).toEqual(new Set(subjects));
    });
  }

  it("judges our figures against the issue's targets", () => {
    const judged = report.figures.filter((figure) => figure.target !== null);
    expect(judged.every((figure) => figure.subject.startsWith("northflank-openapi"))).toBe(true);
    expect(new Set(judged.map((figure) => figure.part))).toEqual(new Set(Object.keys(expected)));
  });
});

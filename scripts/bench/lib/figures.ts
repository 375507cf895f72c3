/**
 * The unit of output: one measured figure (median, min, max of its runs), optionally set
 * against an anchor measured in the same run, and optionally judged against a target of
 * issue 7. Targets are information, never assertions.
 */
import { summarize, type Summary } from "./stats.js";

export type PartName = "generation" | "regeneration" | "typecheck" | "bundle" | "per-call" | "mock" | "check";

export type Unit = "ms" | "MB" | "bytes" | "count" | "req/s" | "µs/req";

export interface Figure extends Summary {
  readonly part: PartName;
  /** What is measured: "wall time", "peak RSS", "instantiations", ... */
  readonly measure: string;
  /** The input or scenario: "our spec", "GitHub REST", "GET sequential", ... */
  readonly input: string;
  /** Who is measured: "northflank-openapi", "openapi-fetch", ... */
  readonly subject: string;
  readonly unit: Unit;
  /** The subject this figure's ratio is taken against (same part, measure and input), or null. */
  anchor: string | null;
  /** median / the anchor's median, or null when there is no anchor. */
  ratio: number | null;
  /** The target for this figure in words, or null. */
  target: string | null;
  /** Whether the target is met, or null when there is none. */
  met: boolean | null;
}

export interface FigureKey {
  readonly part: PartName;
  readonly measure: string;
  readonly input: string;
  readonly subject: string;
  readonly unit: Unit;
}

export function makeFigure(key: FigureKey, values: readonly number[]): Figure {
  return { ...key, ...summarize(values), anchor: null, ratio: null, target: null, met: null };
}

/** Sets `anchor` and `ratio` on every figure of the same part, measure and input as one of `anchor`'s. */
export function setRatios(figures: readonly Figure[], anchor: string): void {
  for (const base of figures.filter((figure) => figure.subject === anchor)) {
    for (const figure of figures) {
      if (figure === base || !sameRow(figure, base)) continue;
      figure.anchor = anchor;
      figure.ratio = base.median === 0 ? null : figure.median / base.median;
    }
  }
}

/** The figure of `subject` for the given measure and input, if it was measured. */
export function findFigure(figures: readonly Figure[], subject: string, measure: string, input: string): Figure | undefined {
  return figures.find((figure) => figure.subject === subject && figure.measure === measure && figure.input === input);
}

/** Records a target on a figure: `met` is computed by the caller from the same-run figures. */
export function judge(figure: Figure | undefined, target: string, met: boolean): void {
  if (figure === undefined) return;
  figure.target = target;
  figure.met = met;
}

function sameRow(a: Figure, b: Figure): boolean {
  return a.part === b.part && a.measure === b.measure && a.input === b.input;
}

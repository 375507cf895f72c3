/** The result of one bench part, and a collector that turns repeated measurements into figures. */
import { makeFigure, type Figure, type FigureKey } from "./figures.js";

export interface PartResult {
  readonly figures: Figure[];
  /** How something was measured, or why a tool could not be (a refusal, a failure). */
  readonly notes: string[];
}

/** Groups values by figure key, in first-seen order, so runs can interleave tools. */
export class SeriesCollector {
  private readonly series = new Map<string, { key: FigureKey; values: number[] }>();

  add(key: FigureKey, value: number): void {
    const id = JSON.stringify([key.part, key.measure, key.input, key.subject]);
    const entry = this.series.get(id) ?? { key, values: [] };
    entry.values.push(value);
    this.series.set(id, entry);
  }

  figures(): Figure[] {
    return [...this.series.values()].map(({ key, values }) => makeFigure(key, values));
  }
}

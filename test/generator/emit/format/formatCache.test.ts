/** The watch-mode format cache: hits by text and options, and forgets what runs stop using. */
import { describe, expect, it } from "vitest";
import { FormatCache } from "../../../../generator/emit/format/formatCache.js";

const TS = { parser: "typescript", filepath: "a.ts" } as const;
const MD = { parser: "markdown" } as const;

describe("FormatCache", () => {
  it("answers by text and options", () => {
    const cache = new FormatCache();
    cache.set("a", TS, "A");
    expect(cache.get("a", TS)).toBe("A");
    expect(cache.get("a", MD)).toBeUndefined();
    expect(cache.get("a", { ...TS, filepath: "b.ts" })).toBeUndefined();
    expect(cache.get("b", TS)).toBeUndefined();
  });

  it("keeps what the last run used and forgets the rest one run later", () => {
    const cache = new FormatCache();
    cache.set("kept", TS, "K");
    cache.set("dropped", TS, "D");
    cache.endRun();
    expect(cache.get("kept", TS)).toBe("K");
    cache.endRun();
    expect(cache.get("kept", TS)).toBe("K");
    expect(cache.get("dropped", TS)).toBeUndefined();
  });

  it("forgets nothing after a run that formatted nothing (a broken spec)", () => {
    const cache = new FormatCache();
    cache.set("a", TS, "A");
    cache.endRun();
    cache.endRun();
    cache.endRun();
    expect(cache.get("a", TS)).toBe("A");
  });
});

/** UndoableMap: what changed since the mark is taken back exactly, order included, or kept. */
import { describe, expect, it } from "vitest";
import { UndoableMap } from "../../mock/state/undoableMap.js";

function mapOf(...keys: string[]): UndoableMap<string, number> {
  const map = new UndoableMap<string, number>();
  keys.forEach((key, index) => map.set(key, index));
  return map;
}

describe("UndoableMap", () => {
  it.each<[string, (map: UndoableMap<string, number>) => void]>([
    ["keys added", (map) => map.set("c", 9).set("d", 9)],
    ["a value replaced", (map) => map.set("a", 9)],
    ["a key removed and added again (it would move to the end)", (map) => map.delete("a") && map.set("a", 0)],
    ["everything cleared, then a key added", (map) => (map.clear(), map.set("z", 9))],
    ["nothing", () => undefined],
  ])("rolls back %s", (_case, change) => {
    const map = mapOf("a", "b");
    map.mark();
    change(map);
    map.rollback();
    expect([...map]).toEqual([
      ["a", 0],
      ["b", 1],
    ]);
  });

  it("keeps the changes when released, and a later rollback takes back nothing", () => {
    const map = mapOf("a");
    map.mark();
    map.set("b", 1);
    map.delete("a");
    map.release();
    map.rollback();
    expect([...map]).toEqual([["b", 1]]);
  });

  it("changes made before the mark stay", () => {
    const map = mapOf("a");
    map.mark();
    map.set("b", 1);
    map.rollback();
    map.mark();
    map.rollback();
    expect([...map.keys()]).toEqual(["a"]);
  });
});

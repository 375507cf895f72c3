/** The cursor that lets a resumed tail skip what it delivered and nothing else. */
import { describe, expect, it } from "vitest";
import { LogCursor } from "../../streaming/logCursor.js";

const at = (ms: number, log: string, containerId = "c-0") => ({ ts: new Date(ms), log, containerId });

describe("LogCursor", () => {
  it("delivers everything on the first connection, identical lines included", () => {
    const cursor = new LogCursor();
    expect([at(1, "a"), at(2, "b"), at(2, "b")].map((line) => cursor.accept(line))).toEqual([true, true, true]);
    expect(cursor.resumeFrom).toEqual(new Date(2));
  });

  it("on resume skips older lines and as many copies at the last time as were delivered", () => {
    const cursor = new LogCursor();
    for (const line of [at(1, "a"), at(2, "b"), at(2, "b"), at(2, "c", "c-1")]) cursor.accept(line);
    cursor.beginResume();
    const replay = [at(1, "a"), at(2, "b"), at(2, "b"), at(2, "b"), at(2, "c", "c-1"), at(2, "c", "c-0"), at(3, "d")];
    expect(replay.filter((line) => cursor.accept(line)).map((line) => `${line.ts.getTime()}${line.log}${line.containerId}`)).toEqual(["2bc-0", "2cc-0", "3dc-0"]);
  });

  it("has nothing to resume from before a line arrived", () => {
    expect(new LogCursor().resumeFrom).toBeNull();
  });
});

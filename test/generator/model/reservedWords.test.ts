import { describe, expect, it } from "vitest";
import { escapeReservedWord } from "../../../generator/model/reservedWords.js";

describe("escapeReservedWord", () => {
  it.each([
    ["delete", "delete_"],
    ["new", "new_"],
    ["await", "await_"],
    ["arguments", "arguments_"],
    ["enum", "enum_"],
    ["deleteProject", "deleteProject"],
    ["constructor", "constructor"],
  ])("%j -> %j", (given, want) => expect(escapeReservedWord(given)).toBe(want));

  it("gives names that can declare a function", () => {
    for (const name of ["delete", "new", "yield", "let", "static"]) {
      expect(() => new Function(`"use strict"; function ${escapeReservedWord(name)}() {}`)).not.toThrow();
    }
  });
});

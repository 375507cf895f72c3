/**
 * The measures the loader refuses a file by: its size once YAML aliases are expanded,
 * and the longest chain of in-file `$ref`s. Both must count what later stages walk, and
 * both must stay cheap on the inputs built to make that walk explode.
 */
import { describe, expect, it } from "vitest";
import { expandedNodeCount, overlongRefChain } from "../../../generator/load/inputLimits.js";
import { escapeControlCharacters } from "../../../generator/load/terminalText.js";

describe("expandedNodeCount", () => {
  it("counts every container and scalar once per place it appears", () => {
    expect(expandedNodeCount("text", 100)).toBe(1);
    expect(expandedNodeCount({ a: 1, b: [2, 3] }, 100)).toBe(5);
    const shared = { x: 1, y: 2 };
    expect(expandedNodeCount({ first: shared, second: shared }, 100)).toBe(7);
  });

  it("stops at the limit on a doubling chain of shared nodes without walking it", () => {
    let node: unknown = "lol";
    for (let level = 0; level < 64; level++) node = [node, node];
    expect(expandedNodeCount(node, 1_000)).toBe(1_001);
  });
});

describe("overlongRefChain", () => {
  const chain = (length: number) => {
    const schemas: Record<string, unknown> = {};
    for (let index = 0; index < length; index++) schemas[`S${index}`] = { $ref: `#/schemas/S${index + 1}` };
    schemas[`S${length}`] = { type: "string" };
    return { schemas };
  };

  it.each([
    [3, 3, null],
    [4, 3, "#/schemas/S0"],
    [10_000, 64, "#/schemas/S0"],
  ])("a chain of %i with a limit of %i starts over it at %s", (length, limit, expected) => {
    expect(overlongRefChain(chain(length), limit)).toBe(expected);
  });

  it("a cycle counts each member once, and refs to other files end a chain", () => {
    const cycle = { a: { $ref: "#/b" }, b: { $ref: "#/a" } };
    expect(overlongRefChain(cycle, 2)).toBeNull();
    expect(overlongRefChain(cycle, 1)).toBe("#/a");
    expect(overlongRefChain({ a: { $ref: "other.yaml#/x" } }, 0)).toBe("#/a");
    expect(overlongRefChain({ a: { $ref: "other.yaml#/x" } }, 1)).toBeNull();
  });

  it("names a key holding a slash with JSON-pointer escaping", () => {
    expect(overlongRefChain({ "a/b": { $ref: "#/c" }, c: { $ref: "#/d" }, d: {} }, 1)).toBe("#/a~1b");
  });
});

describe("escapeControlCharacters", () => {
  it.each([
    ["plain text", "a b", "a b"],
    ["an ANSI colour", "\u001b[31mred", "\\u{1b}[31mred"],
    ["a bell and DEL", "\u0007\u007f", "\\u{7}\\u{7f}"],
    ["a C1 control", "\u009b2J", "\\u{9b}2J"],
    ["a right-to-left override", "abc\u202edef", "abc\\u{202e}def"],
    ["non-ASCII letters", "café ✓", "café ✓"],
  ])("%s", (_case, input, output) => {
    expect(escapeControlCharacters(input)).toBe(output);
  });
});

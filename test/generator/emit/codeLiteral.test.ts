/** Example-call arguments as TypeScript literals: the same value back, on one line when it fits, else broken open. */
import { describe, expect, it } from "vitest";
import { compactLiteral, LINE_WIDTH, literal } from "../../../generator/emit/apiMarkdown/codeLiteral.js";

const evaluate = (text: string): unknown => new Function(`return (${text});`)();

describe("literal", () => {
  it("keeps a short value on one line, with bare identifier keys", () => {
    expect(literal({ path: { projectId: "demo" }, body: { tags: ["a", "b"], n: 1, ok: true, none: null } }, "", 10)).toBe(
      '{ path: { projectId: "demo" }, body: { tags: ["a", "b"], n: 1, ok: true, none: null } }',
    );
    expect(compactLiteral({})).toBe("{}");
    expect(compactLiteral([])).toBe("[]");
  });

  it("breaks a value open, level by level, when the line would pass the width", () => {
    const value = { body: { name: "x".repeat(40), description: "y".repeat(40), nested: { list: ["z".repeat(30), "w".repeat(30)] } } };
    const text = literal(value, "", "const result = await client.call(".length, ");");
    expect(text.split("\n")[0]).toBe("{");
    expect(text.split("\n").every((line) => line.length + 2 <= LINE_WIDTH)).toBe(true);
    expect(text).toContain('\n    name: "' + "x".repeat(40) + '",\n');
    expect(evaluate(text)).toEqual(value);
  });

  it("quotes keys that are not identifiers, and keeps __proto__ a property", () => {
    const value = JSON.parse('{"with space": 1, "1st": 2, "a-b": {"__proto__": {"polluted": true}}}') as Record<string, unknown>;
    const text = compactLiteral(value);
    expect(text).toBe('{ "with space": 1, "1st": 2, "a-b": { ["__proto__"]: { polluted: true } } }');
    const back = evaluate(text) as Record<string, Record<string, unknown>>;
    expect(Object.hasOwn(back["a-b"]!, "__proto__")).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(back)).toBe(JSON.stringify(value));
  });

  it("escapes strings as JSON does", () => {
    const value = { text: 'a "quote", a \\ backslash,\na line break and </script>' };
    expect(evaluate(compactLiteral(value))).toEqual(value);
  });
});

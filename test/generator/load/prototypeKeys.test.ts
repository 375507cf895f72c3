/**
 * Keys named like `Object.prototype`'s members are hidden from Redocly and given back
 * as written: own properties (never the prototype), in their place, in data, pointers,
 * messages and printed code alike.
 */
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../../generator/load/loadSpec.js";
import { hidePrototypeKeys, restorePrototypeKeys, restorePrototypeKeysInCode, restorePrototypeKeyText } from "../../../generator/load/prototypeKeys.js";

function parsed(): Record<string, unknown> {
  return JSON.parse('{"a":{"first":1,"__proto__":{"polluted":true},"constructor":{"name":"x"},"toString":"s","last":2}}') as Record<string, unknown>;
}

describe("prototype keys", () => {
  it("are renamed in place, keeping the order, so that no plain-object lookup finds Object.prototype's members", () => {
    const document = parsed();
    hidePrototypeKeys(document);
    const inner = document.a as Record<string, unknown>;
    expect(Object.keys(inner)).toEqual(["first", "\u0000__proto__", "\u0000constructor", "\u0000toString", "last"]);
    expect(Object.keys(inner).some((key) => key in {})).toBe(false);
  });

  it("come back as own properties, in their place, with the prototype untouched", () => {
    const document = parsed();
    hidePrototypeKeys(document);
    restorePrototypeKeys(document);
    const inner = document.a as Record<string, unknown>;
    expect(Object.keys(inner)).toEqual(["first", "__proto__", "constructor", "toString", "last"]);
    expect(Object.getPrototypeOf(inner)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(inner, "__proto__")?.value).toEqual({ polluted: true });
    expect(document).toEqual(parsed());
  });

  it("are named as written in pointers, messages and printed code", () => {
    expect(restorePrototypeKeyText("#/components/schemas/A/properties/\u0000constructor/type")).toBe("#/components/schemas/A/properties/constructor/type");
    expect(restorePrototypeKeysInCode('{ "\\0__proto__"?: string; /** @example { "\\u0000constructor": 1 } */ }')).toBe('{ "__proto__"?: string; /** @example { "constructor": 1 } */ }');
    // A mark before anything else is not one of ours: left alone.
    expect(restorePrototypeKeysInCode('"\\0other"')).toBe('"\\0other"');
  });
});

describe("a spec with such keys", () => {
  it("loads (Redocly's walk used to crash on it) with the keys as written, located on their lines", async () => {
    const loaded = await loadSpec({ specPath: "test/fixtures/specs/reserved-and-global-names/openapi.yaml" });
    expect(loaded.problems).toEqual([]);
    const object = (loaded.document.components as { schemas: Record<string, { properties: object; example: object }> }).schemas.Object;
    expect(Object.keys(object?.properties ?? {})).toEqual(["__proto__", "constructor", "class"]);
    expect(Object.keys(object?.example ?? {})).toEqual(["__proto__", "constructor"]);
    expect(loaded.locate("/components/schemas/Object/properties/constructor/type")).toMatchObject({ line: 99 });
    expect(loaded.locate("/components/schemas/Object/example/constructor/name")).toMatchObject({ line: 103 });
  });
});

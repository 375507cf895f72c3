/**
 * The line index must place every pointer exactly where Redocly's own (slow)
 * `getLineColLocation` does, so that problem places do not move: checked over every
 * node of every spec file, on keys and on values, and on line-ending variants.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { getLineColLocation, Source } from "@redocly/openapi-core";
import { parse } from "yaml";
import { pointerLineCol } from "../../../generator/load/lineIndex.js";
import { childPointer } from "../../../openapi/jsonPointer.js";

const SPEC_DIR = path.resolve("spec");

function specFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return specFiles(full);
    return entry.name.endsWith(".yaml") ? [full] : [];
  });
}

/** Every pointer of a parsed document, root included. */
function pointersOf(node: unknown, pointer = "#"): string[] {
  if (node === null || typeof node !== "object") return [pointer];
  return [pointer, ...Object.entries(node).flatMap(([key, child]) => pointersOf(child, childPointer(pointer, key)))];
}

/** Both answers for every pointer of `body` (fresh Sources, so neither reuses the other's cache). */
function comparePlaces(name: string, body: string): { ours: string[]; redocly: string[] } {
  // The pointers come from the text without carriage returns, which the yaml package may refuse.
  const pointers = [...pointersOf(parse(body.replace(/\r/g, ""))), "#/no/such/node"];
  const ours = new Source(name, body);
  const theirs = new Source(name, body);
  const show = (place: { line: number; col: number }) => `${place.line}:${place.col}`;
  const list = (locate: (pointer: string, onKey: boolean) => { line: number; col: number }) =>
    pointers.flatMap((pointer) => [false, true].map((onKey) => `${pointer} ${onKey ? "key" : "value"} ${show(locate(pointer, onKey))}`));
  return {
    ours: list((pointer, onKey) => pointerLineCol(ours, pointer, onKey)),
    redocly: list((pointer, onKey) => getLineColLocation({ source: theirs, pointer, reportOnKey: onKey }).start),
  };
}

describe("pointerLineCol", () => {
  it.each(specFiles(SPEC_DIR).map((file) => [path.relative(SPEC_DIR, file), file]))("places every node of %s as Redocly does", (_name, file) => {
    const { ours, redocly } = comparePlaces(file, readFileSync(file, "utf8"));
    expect(ours).toEqual(redocly);
  });

  const variants: [string, string][] = [
    ["CRLF line ends", "openapi: 3.1.0\r\ninfo:\r\n  title: t\r\n  version: '1'\r\npaths:\r\n  /a:\r\n    get: {}\r\n"],
    ["LF CR line ends", "openapi: 3.1.0\n\rinfo:\n\r  title: t\n\r  version: '1'\n\r"],
    ["empty values", "a:\nb: \nc:\n  d:\n  e: []\n  f: {}\n"],
    ["flow JSON on one line", '{"paths":{"/x":{"get":{"summary":"s"}}},"list":[1,{"k":"v"}]}'],
    ["blank lines and comments", "\n\n# top\na:\n\n  # inner\n  b: 1\n"],
  ];
  it.each(variants)("places every node as Redocly does with %s", (name, body) => {
    const { ours, redocly } = comparePlaces(`${name}.yaml`, body);
    expect(ours).toEqual(redocly);
  });
});

/**
 * The classifier as a table: every change kind on every side it can occur on, with the
 * severity it must get, and the version bump for each mix of severities.
 */
import { describe, expect, it } from "vitest";
import { CHANGE_KINDS, type ChangeKind, type Side } from "../../../generator/diff/change.js";
import { classifyChange, suggestBump, type Severity } from "../../../generator/diff/classifyChange.js";

type Row = readonly [kind: ChangeKind, side: Side, openEnum: boolean, want: Severity];

const TABLE: readonly Row[] = [
  ["operation-removed", "api", false, "breaking"],
  ["operation-added", "api", false, "compatible"],
  ["type-removed", "api", false, "breaking"],
  ["type-added", "api", false, "compatible"],
  ["method-changed", "api", false, "breaking"],
  ["path-changed", "api", false, "breaking"],
  ["scope-removed", "api", false, "breaking"],
  ["scope-added", "api", false, "compatible"],
  ["scope-path-changed", "api", false, "breaking"],
  ["pagination-removed", "api", false, "breaking"],
  ["pagination-added", "api", false, "compatible"],
  ["waiter-removed", "api", false, "breaking"],
  ["waiter-added", "api", false, "compatible"],
  ["argument-became-required", "api", false, "breaking"],
  ["argument-became-optional", "api", false, "compatible"],
  ["property-removed", "request", false, "breaking"],
  ["property-removed", "response", false, "breaking"],
  ["property-added-optional", "request", false, "compatible"],
  ["property-added-optional", "response", false, "compatible"],
  ["property-added-required", "request", false, "breaking"],
  ["property-added-required", "response", false, "compatible"],
  ["became-required", "request", false, "breaking"],
  ["became-required", "response", false, "compatible"],
  ["became-optional", "request", false, "compatible"],
  ["became-optional", "response", false, "breaking"],
  ["enum-value-removed", "request", false, "breaking"],
  ["enum-value-removed", "request", true, "compatible"],
  ["enum-value-removed", "response", false, "compatible"],
  ["enum-value-removed", "response", true, "compatible"],
  ["enum-value-added", "request", false, "compatible"],
  ["enum-value-added", "request", true, "compatible"],
  ["enum-value-added", "response", false, "breaking"],
  ["enum-value-added", "response", true, "compatible"],
  ["type-narrowed", "request", false, "breaking"],
  ["type-narrowed", "response", false, "compatible"],
  ["type-widened", "request", false, "compatible"],
  ["type-widened", "response", false, "breaking"],
  ["type-changed", "request", false, "breaking"],
  ["type-changed", "response", false, "breaking"],
];

describe("classifyChange", () => {
  it.each(TABLE)("%s on the %s side (open enum: %s) is %s", (kind, side, openEnum, want) => {
    expect(classifyChange({ kind, side, openEnum })).toBe(want);
  });

  it("has a row for every kind of change", () => {
    expect(new Set(TABLE.map(([kind]) => kind))).toEqual(new Set(CHANGE_KINDS));
  });
});

describe("suggestBump", () => {
  it.each([
    [[], "patch"],
    [["compatible"], "minor"],
    [["compatible", "compatible"], "minor"],
    [["breaking"], "major"],
    [["compatible", "breaking"], "major"],
  ] as const)("%j suggests %s", (severities, want) => {
    expect(suggestBump(severities)).toBe(want);
  });
});

import { describe, expect, it } from "vitest";
import { usesReadWriteMarkers } from "../../../generator/model/readWriteMarkers.js";

const documentWith = (schemas: Record<string, unknown>) => ({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths: {}, components: { schemas } });

describe("usesReadWriteMarkers", () => {
  it("finds readOnly or writeOnly set to true at any depth", () => {
    expect(usesReadWriteMarkers(documentWith({ A: { type: "object", properties: { id: { type: "string", readOnly: true } } } }))).toBe(true);
    expect(usesReadWriteMarkers(documentWith({ A: { type: "array", items: { allOf: [{ properties: { p: { writeOnly: true } } }] } } }))).toBe(true);
  });

  it("ignores properties that are merely named readOnly or writeOnly, and false flags", () => {
    const named = { A: { type: "object", properties: { readOnly: { type: "boolean" }, writeOnly: { type: "string" } } } };
    expect(usesReadWriteMarkers(documentWith(named))).toBe(false);
    expect(usesReadWriteMarkers(documentWith({ A: { type: "string", readOnly: false } }))).toBe(false);
  });

  it("terminates on a document whose objects are shared or cyclic", () => {
    const shared: Record<string, unknown> = { type: "object" };
    shared.self = shared;
    expect(usesReadWriteMarkers(documentWith({ A: shared, B: shared }))).toBe(false);
  });
});

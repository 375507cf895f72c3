import { describe, expect, it } from "vitest";
import { markerReach, usesReadWriteMarkers } from "../../../generator/model/readWriteMarkers.js";

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

describe("markerReach", () => {
  const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
  const document = documentWith({
    Stamp: { type: "object", properties: { at: { type: "string", readOnly: true } } },
    Audit: { type: "object", properties: { stamp: ref("Stamp") } },
    Plain: { type: "object", properties: { name: { type: "string" } } },
    // A cycle without markers, and one that leads to a marker.
    Loop: { type: "object", properties: { next: ref("Loop"), plain: ref("Plain") } },
    MarkedLoop: { type: "object", properties: { next: ref("MarkedLoop"), audit: ref("Audit") } },
  });
  const reach = markerReach(document);

  it("follows refs, through other schemas, to a marker", () => {
    expect(reach.reaches(ref("Stamp"))).toBe(true);
    expect(reach.reaches({ content: { "application/json": { schema: { type: "array", items: ref("Audit") } } } })).toBe(true);
    expect(reach.reaches(ref("MarkedLoop"))).toBe(true);
  });

  it("says no for schemas that reach none, cycles included, and sees inline markers", () => {
    expect(reach.reaches(ref("Plain"))).toBe(false);
    expect(reach.reaches(ref("Loop"))).toBe(false);
    expect(reach.reaches([undefined, [{ name: "id", in: "query", schema: { type: "string" } }]])).toBe(false);
    expect(reach.reaches({ schema: { type: "string", writeOnly: true } })).toBe(true);
  });
});

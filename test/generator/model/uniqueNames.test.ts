import { describe, expect, it } from "vitest";
import { resolveNameCollisions, type NameClaim } from "../../../generator/model/uniqueNames.js";

const claim = (key: string, original: string, wanted: string): NameClaim => ({ key, original, wanted });

describe("resolveNameCollisions", () => {
  it("keeps the exact spelling and numbers the others in code-unit order", () => {
    const claims = [claim("a", "get_item", "getItem"), claim("b", "get-item", "getItem"), claim("c", "getItem", "getItem")];
    expect(Object.fromEntries(resolveNameCollisions(claims))).toEqual({ c: "getItem", b: "getItem2", a: "getItem3" });
  });

  it("does not depend on the order of the claims", () => {
    const claims = [claim("a", "x-y", "xY"), claim("b", "x_y", "xY"), claim("c", "other", "other")];
    const forward = resolveNameCollisions(claims);
    const backward = resolveNameCollisions([...claims].reverse());
    expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
  });

  it("skips taken names and numbered names already claimed", () => {
    const claims = [claim("a", "runtime", "runtime"), claim("b", "list2", "list2"), claim("c", "list", "list"), claim("d", "list-", "list")];
    expect(Object.fromEntries(resolveNameCollisions(claims, new Set(["runtime"])))).toEqual({
      a: "runtime2",
      b: "list2",
      c: "list",
      d: "list3",
    });
  });
});

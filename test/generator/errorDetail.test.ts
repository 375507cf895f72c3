import { afterEach, describe, expect, it, vi } from "vitest";
import { errorDetail } from "../../generator/errorDetail.js";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("errorDetail", () => {
  it("shows the message only, by default", () => {
    vi.stubEnv("NORTHFLANK_OPENAPI_DEBUG", "");
    const error = new TypeError("x.replace is not a function");
    expect(errorDetail(error)).toBe("x.replace is not a function");
  });

  it("shows the stack when NORTHFLANK_OPENAPI_DEBUG is set", () => {
    vi.stubEnv("NORTHFLANK_OPENAPI_DEBUG", "1");
    const error = new TypeError("x.replace is not a function");
    expect(errorDetail(error)).toBe(error.stack);
    expect(errorDetail(error)).toMatch(/\n\s+at /);
  });

  it("shows a thrown non-error as text", () => {
    vi.stubEnv("NORTHFLANK_OPENAPI_DEBUG", "");
    expect(errorDetail("plain text")).toBe("plain text");
    expect(errorDetail(null)).toBe("null");
  });
});

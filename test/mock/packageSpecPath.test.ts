import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageSpecPath } from "../../mock/spec/packageSpecPath.js";

/** A package folder with a spec, and a module folder nested the way dist/ nests it. */
function fakeInstalledPackage(): { root: string; moduleDir: string } {
  const root = mkdtempSync(join(tmpdir(), "nf-pkg-"));
  writeFileSync(join(root, "package.json"), "{}");
  mkdirSync(join(root, "spec"));
  writeFileSync(join(root, "spec", "openapi.yaml"), "openapi: 3.1.0\n");
  const moduleDir = join(root, "dist", "mock", "spec");
  mkdirSync(moduleDir, { recursive: true });
  return { root, moduleDir };
}

describe("packageSpecPath", () => {
  it("finds the package's spec from a compiled module nested under dist/", () => {
    const { root, moduleDir } = fakeInstalledPackage();
    expect(packageSpecPath(moduleDir)).toBe(join(root, "spec", "openapi.yaml"));
  });

  it("finds this checkout's spec from the source module", () => {
    expect(packageSpecPath()).toBe(join(process.cwd(), "spec", "openapi.yaml"));
  });

  it("falls back to the working directory's spec/openapi.yaml when no package holds one", () => {
    const bare = mkdtempSync(join(tmpdir(), "nf-bare-"));
    expect(packageSpecPath(bare)).toBe(join("spec", "openapi.yaml"));
  });
});

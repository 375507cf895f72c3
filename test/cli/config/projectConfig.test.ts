/**
 * The project config file: found in the current folder or named with --config, its paths
 * taken from its own folder, and anything unknown or of the wrong kind refused naming the key.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CONFIG_FILE, ConfigError, readProjectConfig } from "../../../cli/config/projectConfig.js";

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "nf-config-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function write(content: unknown, name = CONFIG_FILE): void {
  writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
}

function refusal(explicit?: string): string {
  try {
    readProjectConfig(explicit, dir);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("the config was accepted");
}

describe("readProjectConfig", () => {
  it("is empty when the folder has no config and none is named", () => {
    expect(readProjectConfig(undefined, dir)).toEqual({});
  });

  it("reads every key, paths made absolute from the config's folder, the runtime as written", () => {
    write({ spec: "api/openapi.yaml", out: "src/api", runtime: "@northflank-openapi/client/runtime", clientName: "Pets", envPrefix: "PETS_", refRoots: ["shared"], lenient: true, lint: { ruleSets: ["northflank"] } });
    expect(readProjectConfig(undefined, dir)).toEqual({
      spec: path.join(dir, "api/openapi.yaml"),
      out: path.join(dir, "src/api"),
      runtime: "@northflank-openapi/client/runtime",
      clientName: "Pets",
      envPrefix: "PETS_",
      refRoots: [path.join(dir, "shared")],
      lenient: true,
      lint: { ruleSets: ["northflank"] },
    });
  });

  it("reads a config named explicitly, relative to its own folder", () => {
    write({ out: "generated" }, "other.json");
    expect(readProjectConfig("other.json", dir)).toEqual({ out: path.join(dir, "generated") });
  });

  it.each([
    [{ outt: "src" }, `${CONFIG_FILE}: unknown key "outt" (known: spec, out, runtime, clientName, envPrefix, refRoots, lenient, lint)`],
    [{ out: 3 }, `${CONFIG_FILE}: key "out" must be a string`],
    [{ refRoots: ["a", 2] }, `${CONFIG_FILE}: key "refRoots.1" must be a string`],
    [{ lenient: "yes" }, `${CONFIG_FILE}: key "lenient" must be a boolean`],
    [{ clientName: "my client" }, `${CONFIG_FILE}: key "clientName" must match pattern "^[A-Za-z][A-Za-z0-9]*$"`],
    [{ envPrefix: "PETS-" }, `${CONFIG_FILE}: key "envPrefix" must match pattern "^[A-Za-z_][A-Za-z0-9_]*$"`],
    [["spec"], `${CONFIG_FILE}: the config must be an object`],
    [{ lint: { rules: [] } }, `${CONFIG_FILE}: unknown key "rules" in key "lint" (known: ruleSets)`],
    [{ lint: { ruleSets: ["strict"] } }, `${CONFIG_FILE}: key "lint.ruleSets.0" must be one of northflank`],
  ])("refuses %j naming the key", (content, message) => {
    write(content);
    expect(refusal()).toBe(message);
  });

  it("refuses a file that is not JSON, and a named file that is missing", () => {
    write("{ spec: ");
    expect(refusal()).toMatch(new RegExp(`^${CONFIG_FILE}: cannot read the config: `));
    expect(refusal("missing.json")).toBe("missing.json: cannot read the config: no such file");
  });
});

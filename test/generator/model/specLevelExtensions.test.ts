/** `info.x-env-prefix` and `info.x-error-alias-prefix` (generator/model/envPrefix.ts, errorAliases.ts). */
import { describe, expect, it } from "vitest";
import { readEnvPrefix } from "../../../generator/model/envPrefix.js";
import { errorAliases } from "../../../generator/model/errorAliases.js";

describe("readEnvPrefix", () => {
  it.each([
    [undefined, undefined, { value: null, error: null }],
    [undefined, "CFG_", { value: "CFG_", error: null }],
    ["NORTHFLANK_", "CFG_", { value: "NORTHFLANK_", error: null }],
  ])("spec %o, config %o -> %o", (spec, config, want) => {
    expect(readEnvPrefix(spec, config)).toEqual(want);
  });

  it.each([["MY-API_"], [3], ["1ST_"]])("refuses %o, naming the extension", (spec) => {
    expect(readEnvPrefix(spec, undefined)).toEqual({ value: null, error: expect.stringMatching(/^info\.x-env-prefix must be/) });
  });
});

describe("errorAliases", () => {
  it("is empty without the extension", () => {
    expect(errorAliases(undefined)).toEqual({ aliases: [], error: null });
  });

  it("names every runtime error class with the prefix", () => {
    const { aliases } = errorAliases("Acme");
    expect(aliases.map((alias) => `${alias.name} as ${alias.alias}`)).toEqual([
      "ApiClientError as AcmeError",
      "ApiError as AcmeApiError",
      "ArgumentError as AcmeArgumentError",
      "ConfigError as AcmeConfigError",
      "NetworkError as AcmeNetworkError",
      "RedirectError as AcmeRedirectError",
      "RequestTimeoutError as AcmeTimeoutError",
      "ResponseTooLargeError as AcmeResponseTooLargeError",
      "WaiterError as AcmeWaiterError",
    ]);
  });

  it.each([["acme"], ["Ac me"], [1]])("refuses %o", (prefix) => {
    expect(errorAliases(prefix).error).toMatch(/^info\.x-error-alias-prefix must be/);
  });
});

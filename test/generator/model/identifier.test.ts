import { describe, expect, it } from "vitest";
import { isIdentifier, toCamelIdentifier, toFileStem, toPascalIdentifier } from "../../../generator/model/identifier.js";

describe("toCamelIdentifier", () => {
  it.each([
    ["listProjects", "listProjects"],
    ["ListProjects", "listProjects"],
    ["get-project", "getProject"],
    ["get_project.v2", "getProjectV2"],
    ["getHTTPStatus", "getHTTPStatus"],
    ["2fa-enable", "_2faEnable"],
    ["créer-projet", "créerProjet"],
    ["🚀launch", "launch"],
    ["名前 一覧", "名前一覧"],
    ["---", ""],
  ])("%j -> %j", (given, want) => {
    expect(toCamelIdentifier(given)).toBe(want);
    if (want !== "") expect(isIdentifier(want)).toBe(true);
  });
});

describe("toPascalIdentifier", () => {
  it.each([
    ["acme shop", "AcmeShop"],
    ["delete", "Delete"],
    ["1st", "_1st"],
    ["été", "Été"],
  ])("%j -> %j", (given, want) => expect(toPascalIdentifier(given)).toBe(want));
});

describe("toFileStem", () => {
  it.each([
    ["Projects", "projects"],
    ["Build Services", "build-services"],
    ["buildServices", "build-services"],
    ["Données", "donnees"],
    ["🚀", ""],
  ])("%j -> %j", (given, want) => expect(toFileStem(given)).toBe(want));
});

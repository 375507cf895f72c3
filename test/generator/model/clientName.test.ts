/** Which name the client gets (generator/model/clientName.ts). */
import { describe, expect, it } from "vitest";
import { clientNames, nameFromTitle } from "../../../generator/model/clientName.js";

describe("clientNames", () => {
  it.each([
    [{ specName: "Northflank", configName: "Other", title: "Northflank API (subset)" }, "Northflank"],
    [{ specName: undefined, configName: "Pets", title: "Pet store" }, "Pets"],
    [{ specName: undefined, configName: undefined, title: "Pet store" }, "PetStore"],
    [{ specName: 42, configName: undefined, title: "Weather Station API" }, "WeatherStation"],
    [{ specName: undefined, configName: undefined, title: "!!!" }, "Api"],
    [{ specName: undefined, configName: undefined, title: undefined }, "Api"],
  ])("%o -> %s", (sources, want) => {
    expect(clientNames(sources)).toEqual({ clientName: want, factoryName: `create${want}Client`, clientTypeName: `${want}Client` });
  });
});

describe("nameFromTitle", () => {
  it.each([
    ["Weather Station API", "WeatherStation"],
    ["Weather Station api ", "WeatherStation"],
    ["Rapid-API", "Rapid"],
    ["API", "API"],
    ["APIs of the world", "APIsOfTheWorld"],
  ])("%s -> %s", (title, want) => {
    expect(nameFromTitle(title)).toBe(want);
  });
});

/**
 * Every request payload of Northflank's "Use the API" guide (copied to
 * test/fixtures/guide/) validates against its operation's request schema, and each
 * targeted mutation (a missing required field, a wrong type, an unknown enum value, a
 * pattern or length violation), all of which Northflank's API reference makes invalid,
 * is refused.
 */
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import type { BundledDocument } from "../../generator/load/loadSpec.js";
import { loadBundledSpec, requestBodyValidator } from "./bundledSpec.js";

type Json = Record<string, any>;

const GUIDE = [
  ["createProject", "createProject.json"],
  ["createBuildService", "createBuildService.json"],
  ["startServiceBuild", "startServiceBuild.json"],
  ["createDeploymentService", "createDeploymentService.json"],
  ["updateServiceDeployment", "updateServiceDeployment.internal.json"],
  ["updateServiceDeployment", "updateServiceDeployment.external.json"],
  ["createManualJob", "createManualJob.json"],
  ["startJobRun", "startJobRun.json"],
  ["createAddon", "createAddon.json"],
  ["backupAddon", "backupAddon.json"],
] as const;

type FixtureName = (typeof GUIDE)[number][1];

/** Each mutation edits a fresh copy of the fixture; the reference section is cited. */
const MUTATIONS: ReadonlyArray<readonly [FixtureName, string, (p: Json) => void]> = [
  ["createProject.json", "missing required name (1.1)", (p) => delete p.name],
  ["createProject.json", "name of the wrong type", (p) => (p.name = 42)],
  ["createProject.json", "name shorter than 3", (p) => (p.name = "AB")],
  ["createProject.json", "color not a hex colour (pattern)", (p) => (p.color = "red")],
  ["createBuildService.json", "missing required vcsData (2.1)", (p) => delete p.vcsData],
  ["createBuildService.json", "unknown projectType", (p) => (p.vcsData.projectType = "svn")],
  ["createBuildService.json", "unknown buildEngine", (p) => (p.buildSettings.dockerfile.buildEngine = "docker")],
  ["createBuildService.json", "name starting with a digit (pattern)", (p) => (p.name = "1 service")],
  ["createBuildService.json", "missing required billing", (p) => delete p.billing],
  ["startServiceBuild.json", "branch of the wrong type (3.1)", (p) => (p.branch = 7)],
  ["createDeploymentService.json", "missing required billing (2.3)", (p) => delete p.billing],
  ["createDeploymentService.json", "unknown docker configType", (p) => (p.deployment.docker.configType = "weird")],
  ["createDeploymentService.json", "instances of the wrong type", (p) => (p.deployment.instances = "one")],
  ["createDeploymentService.json", "name with a trailing hyphen (pattern)", (p) => (p.name = "Deployment service-")],
  ["updateServiceDeployment.internal.json", "branch of the wrong type (4.1)", (p) => (p.internal.branch = 5)],
  ["updateServiceDeployment.internal.json", "buildSHA neither 40 characters nor latest", (p) => (p.internal.buildSHA = "abc123")],
  ["updateServiceDeployment.external.json", "missing required imagePath (4.1)", (p) => delete p.external.imagePath],
  ["updateServiceDeployment.external.json", "unknown docker configType", (p) => (p.docker.configType = "weird")],
  ["createManualJob.json", "missing required name (5.1)", (p) => delete p.name],
  ["createManualJob.json", "unknown runOnSourceChange", (p) => (p.runOnSourceChange = "sometimes")],
  ["createManualJob.json", "backoffLimit of the wrong type", (p) => (p.backoffLimit = "0")],
  ["startJobRun.json", "runtimeEnvironment not an object (5.4)", (p) => (p.runtimeEnvironment = "A=1")],
  ["createAddon.json", "missing required type (6.1)", (p) => delete p.type],
  ["createAddon.json", "missing required billing.replicas", (p) => delete p.billing.replicas],
  ["createAddon.json", "storage of the wrong type", (p) => (p.billing.storage = "4GB")],
  ["createAddon.json", "name starting with a digit (pattern)", (p) => (p.name = "1database")],
  ["backupAddon.json", "unknown backupType (6.4)", (p) => (p.backupType = "full")],
  ["backupAddon.json", "name of the wrong type", (p) => (p.name = 5)],
];

function fixture(name: FixtureName): Json {
  return JSON.parse(readFileSync(`test/fixtures/guide/${name}`, "utf8")) as Json;
}

function operationOf(name: FixtureName): string {
  return GUIDE.find(([, file]) => file === name)![0];
}

describe("guide payloads against the spec's request schemas", () => {
  let document: BundledDocument;
  beforeAll(async () => {
    document = await loadBundledSpec();
  });

  it.each(GUIDE)("%s accepts %s", (operationId, file) => {
    const validate = requestBodyValidator(document, operationId);
    expect(validate(fixture(file)), JSON.stringify(validate.errors)).toBe(true);
  });

  it.each(MUTATIONS)("%s refused: %s", (file, _why, mutate) => {
    const payload = fixture(file);
    mutate(payload);
    expect(requestBodyValidator(document, operationOf(file))(payload)).toBe(false);
  });

  it("mutates every guide payload at least once", () => {
    expect(new Set(MUTATIONS.map(([file]) => file))).toEqual(new Set(GUIDE.map(([, file]) => file)));
  });
});

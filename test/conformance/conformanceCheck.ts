/**
 * Runs the conformance check over the real spec: pairs each spec operation with the
 * official client's types by method and path, writes the type test and compiles it.
 */
import { loadBundledSpec, operationsOf } from "../spec/bundledSpec.js";
import {
  ALLOWED_DIFFERENCES,
  type AllowedDifference,
  type Part,
} from "./allowlist.js";
import { checkTypeTest, type Disagreement } from "./checkTypeTest.js";
import { operationKey, readOfficialTypes } from "./officialInventory.js";
import {
  buildTypeTestSource,
  type ConformanceOperation,
} from "./typeTestSource.js";

/** Where the written file seems to live, so that its relative imports resolve. */
export const VIRTUAL_PATH = "test/conformance/official.conformance.ts";
const IMPORTS = {
  schema: "../../generated/schema.gen.js",
  helpers: "./conformanceTypes.js",
};

/** The spec operations the official client has, with its type names. */
export async function conformanceOperations(): Promise<ConformanceOperation[]> {
  const official = await readOfficialTypes();
  const document = await loadBundledSpec();
  return operationsOf(document).flatMap((op) => {
    const types = official.get(operationKey(op.method, op.path));
    return types ? [{ operationId: op.operationId, official: types }] : [];
  });
}

export interface ConformanceRun {
  readonly operations: readonly ConformanceOperation[];
  readonly disagreements: readonly Disagreement[];
}

export async function runConformance(
  options: {
    allowlist?: readonly AllowedDifference[];
    ourType?: (operationId: string, part: Part) => string;
    only?: readonly string[];
  } = {},
): Promise<ConformanceRun> {
  const all = await conformanceOperations();
  const operations = options.only
    ? all.filter((op) => options.only!.includes(op.operationId))
    : all;
  const source = buildTypeTestSource({
    operations,
    allowlist: options.allowlist ?? ALLOWED_DIFFERENCES,
    imports: IMPORTS,
    ...(options.ourType ? { ourType: options.ourType } : {}),
  });
  return { operations, disagreements: checkTypeTest(source, VIRTUAL_PATH) };
}

/**
 * The official client's type names for each operation it has, keyed by `METHOD path` as
 * the spec writes it. `official-client-types.json` beside this file is a projection of the
 * shared inventory (`northflank-operations.json`), kept here so the test reads nothing
 * outside the repository.
 */
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export const INVENTORY_PATH = fileURLToPath(
  new URL("./official-client-types.json", import.meta.url),
);

export interface OfficialTypes {
  /** The official `…Request` type: `{ parameters, options?, data? }`. */
  readonly request: string;
  /** The official `…Result` type: what a call's `data` holds. */
  readonly result: string;
  /** The client types the result `any`, so only the request can be compared. */
  readonly resultTypedAsAny: boolean;
}

interface InventoryEntry {
  readonly method: string;
  readonly path: string;
  readonly clientTypes: {
    readonly request: string;
    readonly result: string;
  } | null;
  readonly resultTypedAsAny: boolean;
}

export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}

/** Official type names by `METHOD path`, for the operations the official client has. */
export async function readOfficialTypes(
  inventoryPath: string = INVENTORY_PATH,
): Promise<Map<string, OfficialTypes>> {
  const parsed = JSON.parse(await readFile(inventoryPath, "utf8")) as {
    operations?: InventoryEntry[];
  };
  if (!Array.isArray(parsed.operations))
    throw new Error(`${inventoryPath}: no "operations" array`);
  const byKey = new Map<string, OfficialTypes>();
  for (const entry of parsed.operations) {
    if (!entry.clientTypes) continue;
    byKey.set(operationKey(entry.method, entry.path), {
      ...entry.clientTypes,
      resultTypedAsAny: entry.resultTypedAsAny,
    });
  }
  return byKey;
}

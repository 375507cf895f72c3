/**
 * The client's names: `info.x-client-name` (else the generator's default), as
 * `create<Name>Client` and `<Name>Client`.
 */
import { toPascalIdentifier } from "./identifier.js";

export interface ClientNames {
  readonly clientName: string;
  readonly factoryName: string;
  readonly clientTypeName: string;
}

export function clientNames(specName: unknown, defaultName: string): ClientNames {
  const fromSpec = typeof specName === "string" ? toPascalIdentifier(specName) : "";
  const clientName = fromSpec !== "" ? fromSpec : toPascalIdentifier(defaultName) || "Api";
  return { clientName, factoryName: `create${clientName}Client`, clientTypeName: `${clientName}Client` };
}

/**
 * The client's names: `info.x-client-name`, else the configured name, else `info.title`
 * without a trailing "API" ("Weather Station API" → `WeatherStation`), else `Api`; as
 * `create<Name>Client` and `<Name>Client`.
 */
import { toPascalIdentifier } from "./identifier.js";

export interface ClientNames {
  readonly clientName: string;
  readonly factoryName: string;
  readonly clientTypeName: string;
}

export interface ClientNameSources {
  /** `info.x-client-name`, as found (any type). */
  readonly specName: unknown;
  /** The project's `clientName` setting. */
  readonly configName: string | undefined;
  /** `info.title`, as found (any type). */
  readonly title: unknown;
}

/** A title's words without a last word "API", since the names add "Client" anyway. */
export function nameFromTitle(title: unknown): string {
  if (typeof title !== "string") return "";
  return toPascalIdentifier(title.replace(/[\s\-_]+api\s*$/i, ""));
}

export function clientNames(sources: ClientNameSources): ClientNames {
  const candidates = [typeof sources.specName === "string" ? toPascalIdentifier(sources.specName) : "", toPascalIdentifier(sources.configName ?? ""), nameFromTitle(sources.title)];
  const clientName = candidates.find((candidate) => candidate !== "") ?? "Api";
  return { clientName, factoryName: `create${clientName}Client`, clientTypeName: `${clientName}Client` };
}

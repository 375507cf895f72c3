/**
 * `northflank-openapi.config.json`: what a consumer's project always passes to `generate`,
 * `check` and `lint`, written once. Flags given on the command line win over it; it wins
 * over the built-in defaults. Paths in it are relative to the file's own folder, so the
 * commands work from any folder of the project. An unknown key or a value of the wrong
 * kind is refused naming the key (a typo must not silently fall back to a default).
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Ajv, type ErrorObject } from "ajv";
import { RULE_SETS, type RuleSetName } from "../../generator/lint/plugin.js";
import { ENV_PREFIX_PATTERN } from "../../generator/model/envPrefix.js";

export const CONFIG_FILE = "northflank-openapi.config.json";

/** The settings a config file may hold, each one the generator or linter honours. */
export interface ProjectConfig {
  /** The root spec file. */
  readonly spec?: string;
  /** The output folder. */
  readonly out?: string;
  /** The module the generated files import the runtime from. */
  readonly runtime?: string;
  /** Name of the client when the spec has no `info.x-client-name` (`createXClient`); else `info.title` names it. */
  readonly clientName?: string;
  /** Prefix of the environment variables the client reads (`<prefix>API_TOKEN`, ...) when the spec has no `info.x-env-prefix`. */
  readonly envPrefix?: string;
  /** Folders besides the spec's own that its `$ref`s may read. */
  readonly refRoots?: readonly string[];
  /** Generate path parameters the spec gets wrong (undeclared or unused) instead of refusing them, with a warning each. */
  readonly lenient?: boolean;
  readonly lint?: {
    /** Named sets of this project's lint rules to switch on (`northflank`). */
    readonly ruleSets?: readonly RuleSetName[];
  };
}

const CONFIG_SCHEMA = {
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    spec: { type: "string", minLength: 1 },
    out: { type: "string", minLength: 1 },
    runtime: { type: "string", minLength: 1 },
    clientName: { type: "string", pattern: "^[A-Za-z][A-Za-z0-9]*$" },
    envPrefix: { type: "string", pattern: ENV_PREFIX_PATTERN.source },
    refRoots: { type: "array", items: { type: "string", minLength: 1 } },
    lenient: { type: "boolean" },
    lint: {
      type: "object",
      additionalProperties: false,
      properties: { ruleSets: { type: "array", items: { enum: Object.keys(RULE_SETS) } } },
    },
  },
} as const;

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

const validate = new Ajv({ allErrors: true }).compile(CONFIG_SCHEMA);

/**
 * The config at `explicitPath`, else `northflank-openapi.config.json` in `cwd` if there is
 * one, with its paths made absolute; `{}` when there is none.
 */
export function readProjectConfig(explicitPath: string | undefined, cwd: string = process.cwd()): ProjectConfig {
  const file = explicitPath === undefined ? path.join(cwd, CONFIG_FILE) : path.resolve(cwd, explicitPath);
  if (explicitPath === undefined && !existsSync(file)) return {};
  const shown = path.relative(cwd, file) || file;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
    throw new ConfigError(`${shown}: cannot read the config: ${reason}`);
  }
  if (!validate(parsed)) throw new ConfigError(`${shown}: ${(validate.errors ?? []).map(describeError).join("; ")}`);
  return resolvePaths(parsed as ProjectConfig, path.dirname(file));
}

function describeError(error: ErrorObject): string {
  const key = error.instancePath === "" ? "the config" : `key "${error.instancePath.slice(1).replace(/\//g, ".")}"`;
  if (error.keyword === "additionalProperties") {
    const unknown = (error.params as { additionalProperty: string }).additionalProperty;
    const where = error.instancePath === "" ? "" : ` in ${key}`;
    const known = Object.keys(error.instancePath === "" ? CONFIG_SCHEMA.properties : CONFIG_SCHEMA.properties.lint.properties).filter((name) => name !== "$schema");
    return `unknown key "${unknown}"${where} (known: ${known.join(", ")})`;
  }
  if (error.keyword === "enum") return `${key} must be one of ${((error.params as { allowedValues: unknown[] }).allowedValues ?? []).join(", ")}`;
  if (error.keyword === "type") return `${key} must be ${article((error.params as { type: string }).type)}`;
  return `${key} ${error.message ?? "is not valid"}`;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/**
 * Paths made absolute from the config's folder. `runtime` stays as written: like
 * `--runtime`, it is a package specifier or a path relative to the output folder.
 */
function resolvePaths(config: ProjectConfig, folder: string): ProjectConfig {
  const from = (file: string) => path.resolve(folder, file);
  return {
    ...config,
    ...(config.spec !== undefined && { spec: from(config.spec) }),
    ...(config.out !== undefined && { out: from(config.out) }),
    ...(config.refRoots !== undefined && { refRoots: config.refRoots.map(from) }),
  };
}

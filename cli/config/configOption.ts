/**
 * `--config <file>` and how a command's settings are settled: a flag given on the command
 * line, else the config file's value, else the flag's default.
 */
import type { Command } from "commander";
import type { RuleSetName } from "../../generator/lint/plugin.js";
import { CONFIG_FILE, ConfigError, readProjectConfig, type ProjectConfig } from "./projectConfig.js";

export interface ConfigFlags {
  readonly config?: string;
}

export function addConfigOption(command: Command): Command {
  return command.option("--config <file>", `project config (default: ${CONFIG_FILE} in the current folder, if there is one); flags override it`);
}

/** The value of option `name`: the command line's if given there, else the config's, else the default. */
export function settled<T>(command: Command, name: string, fromConfig: T | undefined): T {
  const given = command.getOptionValue(name) as T;
  return command.getOptionValueSource(name) === "cli" || fromConfig === undefined ? given : fromConfig;
}

export function projectConfigFor(flags: ConfigFlags): ProjectConfig {
  return readProjectConfig(flags.config);
}

/** What a command that reads the spec needs. */
export interface SpecSettings {
  readonly spec: string;
  readonly refRoots: readonly string[];
  /** Lint rule sets switched on (only the config file sets them). */
  readonly ruleSets: readonly RuleSetName[];
}

/** What a command that generates needs. */
export interface OutputSettings extends SpecSettings {
  readonly out: string;
  readonly runtime: string;
  readonly clientName: string | undefined;
  readonly envPrefix: string | undefined;
  readonly lenient: boolean;
}

/** The spec settings, or `null` after saying why the config is refused (exit 2). */
export function specSettings(command: Command, flags: ConfigFlags): SpecSettings | null {
  const config = configOrReport(command, flags);
  if (config === null) return null;
  return { spec: settled(command, "spec", config.spec), refRoots: settled(command, "refRoot", config.refRoots), ruleSets: config.lint?.ruleSets ?? [] };
}

/** The output settings, or `null` after saying why the config is refused (exit 2). */
export function outputSettings(command: Command, flags: ConfigFlags): OutputSettings | null {
  const config = configOrReport(command, flags);
  if (config === null) return null;
  return {
    spec: settled(command, "spec", config.spec),
    refRoots: settled(command, "refRoot", config.refRoots),
    ruleSets: config.lint?.ruleSets ?? [],
    out: settled(command, "out", config.out),
    runtime: settled(command, "runtime", config.runtime),
    clientName: config.clientName,
    envPrefix: config.envPrefix,
    lenient: settled<boolean | undefined>(command, "lenient", config.lenient) === true,
  };
}

function configOrReport(command: Command, flags: ConfigFlags): ProjectConfig | null {
  try {
    return projectConfigFor(flags);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`${command.name()}: ${error.message}`);
    process.exitCode = 2;
    return null;
  }
}

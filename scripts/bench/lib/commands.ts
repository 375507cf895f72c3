/**
 * The command lines of the tools under test, each run as `node <its bin script>` so that
 * no tool pays for npx or a shell and all start the same way.
 */
import { repoPath } from "./workspace.js";

export const NODE = process.execPath;

/** tsx's loader by URL: a bare `--import tsx` would resolve from the child's cwd, often a temp folder. */
const TSX_LOADER = import.meta.resolve("tsx");

/** Our CLI exactly as users run it (`bin/northflank-openapi.js`, which loads the TypeScript via tsx in a checkout). */
export function ourCli(...args: string[]): { command: string; args: string[] } {
  return { command: NODE, args: [repoPath("bin/northflank-openapi.js"), ...args] };
}

export function openapiTypescriptCli(...args: string[]): { command: string; args: string[] } {
  return { command: NODE, args: [repoPath("node_modules/openapi-typescript/bin/cli.js"), ...args] };
}

export function heyApiCli(...args: string[]): { command: string; args: string[] } {
  return { command: NODE, args: [repoPath("node_modules/@hey-api/openapi-ts/bin/run.js"), ...args] };
}

export function prismCli(...args: string[]): { command: string; args: string[] } {
  return { command: NODE, args: [repoPath("node_modules/@stoplight/prism-cli/dist/index.js"), ...args] };
}

export function tscCli(...args: string[]): { command: string; args: string[] } {
  return { command: NODE, args: [repoPath("node_modules/typescript/bin/tsc"), ...args] };
}

/** A bench helper script (TypeScript) run in its own Node process through tsx. */
export function benchScript(relativePath: string, ...args: string[]): { command: string; args: string[] } {
  return { command: NODE, args: ["--import", TSX_LOADER, repoPath("scripts/bench", relativePath), ...args] };
}

export const GITHUB_SPEC = repoPath("node_modules/@octokit/openapi/generated/api.github.com.json");
export const OUR_SPEC = repoPath("spec/openapi.yaml");

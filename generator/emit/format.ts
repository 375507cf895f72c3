/**
 * Formats generated TypeScript with prettier under fixed options (never the user's
 * config files), so the bytes depend only on the spec and the generator version.
 */
import { format, type Options } from "prettier";
import type { OutputFile } from "./renderFiles.js";

const PRETTIER_OPTIONS: Options = {
  parser: "typescript",
  printWidth: 100,
  endOfLine: "lf",
  trailingComma: "all",
  semi: true,
  singleQuote: false,
  quoteProps: "as-needed",
};

export async function formatFiles(files: readonly OutputFile[]): Promise<OutputFile[]> {
  return Promise.all(files.map(async (file) => ({ path: file.path, text: await formatTypeScript(file.text, file.path) })));
}

export async function formatTypeScript(text: string, filepath: string): Promise<string> {
  return format(text, { ...PRETTIER_OPTIONS, filepath });
}

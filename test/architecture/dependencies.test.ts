/**
 * The dependency rule of the layout (README, "What is here"), read from the import
 * statements of every source file, type-only and dynamic imports included:
 * runtime/ imports nothing of ours, openapi/ (the OpenAPI reading both sides share) only
 * runtime/'s JSON-pointer decoder and HttpMethod type;
 * generated/ only runtime/; streaming/ only runtime/ and generated/; generator/ and mock/ only openapi/: never each other, nor
 * anything above them (cli/, examples/, scripts/, test/); nothing imports test/; and no
 * file reaches itself through its imports.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../scripts/lib/fixtureSpecs.js";

const SOURCE_FOLDERS = ["openapi", "runtime", "generated", "streaming", "generator", "mock", "cli", "examples", "scripts", "test"] as const;
type Folder = (typeof SOURCE_FOLDERS)[number];

/** For each folder, the folders (besides itself) it may import from. */
const MAY_IMPORT: Readonly<Record<Folder, readonly Folder[]>> = {
  // openapi/ re-exports the runtime's JSON-pointer decoder and its HttpMethod type.
  openapi: ["runtime"],
  runtime: [],
  generated: ["runtime"],
  // The client's streaming entry point extends the generated client.
  streaming: ["runtime", "generated"],
  generator: ["openapi"],
  mock: ["openapi"],
  cli: ["openapi", "generator", "mock", "runtime"],
  examples: ["openapi", "cli", "generator", "mock", "runtime", "generated", "streaming"],
  scripts: ["openapi", "cli", "generator", "mock", "runtime", "generated", "streaming"],
  test: ["openapi", "cli", "generator", "mock", "runtime", "generated", "streaming", "examples", "scripts"],
};

/** Every `.ts` source file of ours (fixture inputs and expected outputs are data, not code). */
function sourceFiles(): string[] {
  return SOURCE_FOLDERS.flatMap((folder) =>
    readdirSync(path.join(REPO_ROOT, folder), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts"))
      .map((entry) => path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
      .filter((file) => !file.startsWith("test/fixtures/")),
  );
}

/** The files of ours `file` imports (relative specifiers, `.js` written for `.ts`). */
function importsOf(file: string, known: ReadonlySet<string>): string[] {
  const info = ts.preProcessFile(readFileSync(path.join(REPO_ROOT, file), "utf8"), true, true);
  return info.importedFiles
    .map((imported) => imported.fileName)
    .filter((specifier) => specifier.startsWith("."))
    .map((specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier)))
    .map((target) => [target.replace(/\.js$/, ".ts"), `${target}.ts`, `${target}/index.ts`].find((candidate) => known.has(candidate)) ?? target);
}

function folderOf(file: string): Folder | null {
  const top = file.split("/")[0] as Folder;
  return SOURCE_FOLDERS.includes(top) ? top : null;
}

const files = sourceFiles();
const known = new Set(files);
const graph = new Map(files.map((file) => [file, importsOf(file, known)]));

/** One cycle per strongly connected part of the file graph, as the files on it (Tarjan's algorithm). */
function cycles(): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  let counter = 0;
  const visit = (file: string): void => {
    index.set(file, counter);
    low.set(file, counter++);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(file, Math.min(low.get(file)!, index.get(next)!));
    }
    if (low.get(file) !== index.get(file)) return;
    const part: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      part.push(member);
    } while (member !== file);
    if (part.length > 1 || (graph.get(file) ?? []).includes(file)) found.push(part.sort());
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return found;
}

/** Each import that leaves what its folder may import, as `from -> to`. */
function ruleViolations(): string[] {
  const broken: string[] = [];
  for (const [file, imports] of graph) {
    const from = folderOf(file)!;
    for (const target of imports) {
      const to = folderOf(target);
      if (to !== null && to !== from && !MAY_IMPORT[from].includes(to)) broken.push(`${file} -> ${target}`);
    }
  }
  return broken;
}

describe("the dependency rule", () => {
  it("reads a realistic number of files and imports (the reader is not blind)", () => {
    expect(files.length).toBeGreaterThan(150);
    expect(graph.get("cli/commands/mock.ts")).toEqual(expect.arrayContaining(["mock/spec/specBundleCache.ts", "generator/load/specLoader.ts"]));
  });

  it("every import stays within what its folder may import", () => {
    expect(ruleViolations()).toEqual([]);
  });

  it("no file reaches itself through its imports", () => {
    expect(cycles()).toEqual([]);
  });

  it("the checks fail on a rule broken on purpose", () => {
    graph.set("mock/breaksTheRule.ts", ["generator/load/loadSpec.ts", "mock/breaksTheRule.ts"]);
    try {
      expect(ruleViolations()).toEqual(["mock/breaksTheRule.ts -> generator/load/loadSpec.ts"]);
      expect(cycles()).toEqual([["mock/breaksTheRule.ts"]]);
    } finally {
      graph.delete("mock/breaksTheRule.ts");
    }
  });
});

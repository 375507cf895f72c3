/**
 * Why the output folder cannot be one, or null: checked before any work, so that a file
 * where a folder must be (`--out notes.txt/client`) is a bad argument named up front,
 * not a failure deep in the type check or the write.
 */
import { statSync } from "node:fs";
import path from "node:path";

export function outputFolderProblem(outDir: string): string | null {
  const wanted = path.resolve(outDir);
  for (let current = wanted; ; current = path.dirname(current)) {
    const kind = pathKind(current);
    if (kind === "folder") return null;
    if (kind === "other") {
      const role = current === wanted ? "the output folder" : `a parent of the output folder ${wanted}`;
      return `--out: ${current} (${role}) exists and is not a folder`;
    }
    if (path.dirname(current) === current) return null;
  }
}

function pathKind(file: string): "folder" | "other" | "missing" {
  try {
    return statSync(file).isDirectory() ? "folder" : "other";
  } catch {
    return "missing";
  }
}

/** Reading what is already in the output folder, as paths relative to it with `/` separators. */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { compareCodeUnits } from "../model/uniqueNames.js";

/** Every file under `dir` (recursively); `[]` when the folder does not exist. */
export async function listFiles(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { recursive: true, withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort(compareCodeUnits);
}

/** The file's bytes, or `null` when it does not exist. */
export async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

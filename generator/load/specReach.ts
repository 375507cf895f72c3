/**
 * Where a spec's `$ref`s may lead. A spec from a pull request must not read the CI
 * machine's files into the generated code (`$ref: /etc/passwd` as a description) nor
 * fetch anything from the network, so every external reference must name a file under
 * one of the allowed folders: the root spec's own folder, plus any the caller names.
 * The check runs on the resolved path before the file is opened, and again on its real
 * path, so a symbolic link inside the folder cannot point out of it.
 */
import fs from "node:fs";
import path from "node:path";

/** Any `scheme:` prefix of two or more letters (http, https, file, data, ...), as opposed to a file path. */
const URL_SCHEME = /^[a-z][a-z0-9+.-]+:/i;

/** Whether a `$ref` (or what it resolved to) is a URL rather than a file path. */
export function isUrlRef(ref: string): boolean {
  return URL_SCHEME.test(ref);
}

export interface SpecReach {
  /** The folders the spec's files may live in, as given (absolute). */
  readonly roots: readonly string[];
  /** The same folders with every link resolved. */
  readonly realRoots: readonly string[];
}

/** The folders a spec rooted at `specPath` may read: its own, and `extraRoots`. */
export function specReach(specPath: string, extraRoots: readonly string[] = []): SpecReach {
  const folders = [path.dirname(path.resolve(specPath)), ...extraRoots.map((root) => path.resolve(root))];
  return { roots: folders, realRoots: folders.map(realPathOrSelf) };
}

/** Why `absoluteRef` may not be read, or `null` when it may. */
export function reachRefusal(reach: SpecReach, absoluteRef: string): string | null {
  if (isUrlRef(absoluteRef)) {
    return "the loader reads local files only; a URL is never fetched (copy the file next to the spec)";
  }
  const outside = "it is outside the spec's folder; a spec may only reference files under " + reach.roots.join(", ");
  if (!isUnderOneOf(reach.roots, path.resolve(absoluteRef))) return outside;
  const real = realPathOrNull(absoluteRef);
  if (real !== null && !isUnderOneOf(reach.realRoots, real)) return `it leads through a link to ${real}, and ${outside}`;
  return null;
}

function isUnderOneOf(folders: readonly string[], file: string): boolean {
  return folders.some((folder) => {
    const relative = path.relative(folder, file);
    return relative !== "" && relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  });
}

function realPathOrNull(file: string): string | null {
  try {
    return fs.realpathSync(file);
  } catch {
    return null;
  }
}

function realPathOrSelf(folder: string): string {
  return realPathOrNull(folder) ?? folder;
}

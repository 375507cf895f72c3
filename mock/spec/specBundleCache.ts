/**
 * Keeps the bundled spec between starts of the mock, so that a start can skip loading
 * Redocly and bundling (most of its start-up time). One entry per root spec file, in a
 * cache folder of the caller's choosing (the CLI's is the user's cache folder, never the
 * project). An entry is used only when it was written by the same loader (the caller's
 * loader fingerprint is the same) and every file the bundle was read from still hashes
 * the same; anything else (no entry, a changed, deleted or unreadable file,
 * an unreadable entry) reads as a miss, and the caller bundles afresh.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

/** Bumped when the entry's shape changes. */
const ENTRY_FORMAT = 1;

interface CacheEntry {
  readonly format: number;
  readonly loader: string;
  /** Absolute path to the SHA-256 of the file's text, for every file the bundle was read from. */
  readonly sources: Readonly<Record<string, string>>;
  readonly document: Record<string, unknown>;
}

/** Where the `mock` command keeps bundles: `$XDG_CACHE_HOME`, `%LOCALAPPDATA%` or `~/.cache`, then `northflank-openapi/mock-spec`. */
export function defaultSpecCacheDir(): string {
  const base = process.env.XDG_CACHE_HOME || (process.platform === "win32" ? process.env.LOCALAPPDATA : undefined) || path.join(os.homedir(), ".cache");
  return path.join(base, "northflank-openapi", "mock-spec");
}

/**
 * The bundle kept for `specPath`, or `null` when there is none that is still exact.
 * Synchronous: it runs at start-up with nothing else to overlap, and some fifty small
 * reads each cost a thread-pool round trip when made through promises.
 */
export function readCachedBundle(cacheDir: string, specPath: string, loaderFingerprint: string): Record<string, unknown> | null {
  try {
    const entry = JSON.parse(readFileSync(entryFile(cacheDir, specPath), "utf8")) as CacheEntry;
    if (entry.format !== ENTRY_FORMAT || entry.loader !== loaderFingerprint) return null;
    const unchanged = Object.entries(entry.sources).every(([file, digest]) => digest === fileDigest(file));
    return unchanged && isObject(entry.document) ? entry.document : null;
  } catch {
    return null;
  }
}

/**
 * Keeps `document`, bundled from `sources` (as `loadSpec` returns them), for the next start.
 * Only a bundle made wholly of local files is kept. Best effort: a cache folder that cannot
 * be written only costs the next start its speed-up, so failures are swallowed.
 */
export async function writeCachedBundle(
  cacheDir: string,
  specPath: string,
  document: Record<string, unknown>,
  sources: ReadonlyMap<string, string>,
  loaderFingerprint: string,
): Promise<void> {
  if (sources.size === 0 || [...sources.keys()].some((file) => !path.isAbsolute(file))) return;
  const file = entryFile(cacheDir, specPath);
  // Written aside and renamed into place, so a mock starting meanwhile never reads half an entry.
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  try {
    const entry: CacheEntry = {
      format: ENTRY_FORMAT,
      loader: loaderFingerprint,
      sources: Object.fromEntries([...sources].map(([source, text]) => [source, sha256(text)])),
      document,
    };
    await mkdir(cacheDir, { recursive: true });
    await writeFile(temporary, JSON.stringify(entry));
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

function entryFile(cacheDir: string, specPath: string): string {
  return path.join(cacheDir, `${sha256(path.resolve(specPath)).slice(0, 32)}.json`);
}

/** The file's text as the loader's resolver reads it (UTF-8, CRLF as LF), hashed; `null` when unreadable. */
function fileDigest(file: string): string | null {
  try {
    return sha256(readFileSync(file, "utf8").replace(/\r\n/g, "\n"));
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

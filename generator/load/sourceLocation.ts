/**
 * Places in the original spec files. Redocly describes a place either as a JSON
 * pointer into a `Source` or as a line and column; both become `SourceLocation`.
 */
import path from "node:path";
import type { LocationObject, Source } from "@redocly/openapi-core";
import { getLineColLocation } from "../dependencies/redocly.js";
import { pointerLineCol } from "./lineIndex.js";
import { restorePrototypeKeyText } from "./prototypeKeys.js";

export interface SourceLocation {
  /** Relative to the current directory, POSIX separators. */
  readonly file: string;
  readonly line: number;
  readonly col: number;
  /** `#/...` inside `file`, or `null` when only line and column are known. */
  readonly pointer: string | null;
}

/** A file path as the user should see it: relative to the current directory. */
export function displayPath(absolutePath: string): string {
  const relative = path.relative(process.cwd(), absolutePath) || absolutePath;
  return relative.split(path.sep).join("/");
}

/** Resolves a Redocly location (pointer or line/col) to a line and column in its file. */
export function toSourceLocation(location: LocationObject): SourceLocation {
  // Redocly read the files with keys such as `constructor` hidden (see prototypeKeys.ts).
  const pointer = location.pointer === undefined ? null : restorePrototypeKeyText(location.pointer);
  const start = pointer === null ? getLineColLocation(location).start : pointerLineCol(location.source, pointer, !!location.reportOnKey);
  return {
    file: displayPath(location.source.absoluteRef),
    line: start.line,
    col: start.col,
    pointer,
  };
}

/** The location of `pointer` in `source`; on the key when the value is a block (object or list). */
export function pointerLocation(source: Source, pointer: string, reportOnKey: boolean): SourceLocation {
  return toSourceLocation({ source, pointer, reportOnKey });
}

/**
 * Writes the conformance type test: a TypeScript file that, for every spec operation the
 * official client has, assigns the official request body to ours and ours to the official
 * one, and lists the official fields ours lacks; the same for the query parameters and the
 * result. A disagreement
 * is a type error on that check's line. Allowlisted fields are left out of the check;
 * each is then put back alone under `@ts-expect-error`, so an entry that no longer
 * disagrees fails as an unused directive.
 */
import type { AllowedDifference, Direction, Part } from "./allowlist.js";
import type { OfficialTypes } from "./officialInventory.js";

export interface ConformanceOperation {
  readonly operationId: string;
  readonly official: OfficialTypes;
}

/** Which check a line of the written file holds. */
export interface CheckLine {
  readonly operationId: string;
  readonly part: Part;
  readonly direction: Direction;
  /** The allowlisted field this line expects to disagree, or `null` for the check itself. */
  readonly field: string | null;
}

export interface TypeTestSource {
  readonly text: string;
  /** 1-based line number to the check on it (an allowlisted check's directive line too). */
  readonly checks: ReadonlyMap<number, CheckLine>;
}

export interface TypeTestInput {
  readonly operations: readonly ConformanceOperation[];
  readonly allowlist: readonly AllowedDifference[];
  /** Import specifiers as seen from the written file. */
  readonly imports: { readonly schema: string; readonly helpers: string };
  /** Our type of a part, as a type expression; the checker's tests replace it to plant a disagreement. */
  readonly ourType?: (operationId: string, part: Part) => string;
}

const DIRECTIONS: readonly Direction[] = ["officialToOurs", "oursToOfficial", "officialFieldsInOurs"];

const OUR_PART: Record<Part, string> = { request: "OurBody", query: "OurQuery", result: "OurResult" };

export function defaultOurType(operationId: string, part: Part): string {
  return `CloseOpenEnums<${OUR_PART[part]}<operations[${JSON.stringify(operationId)}]>>`;
}

function officialType(official: OfficialTypes, part: Part): string {
  if (part === "request") return `OfficialBody<Official.${official.request}>`;
  if (part === "query") return `OfficialQuery<Official.${official.request}>`;
  return `Official.${official.result}`;
}

/** `type` with each dotted field path left out. */
function withoutFields(type: string, fields: readonly string[]): string {
  return fields.reduce((inner, field) => `OmitPath<${inner}, ${JSON.stringify(field)}>`, type);
}

/** One statement on one line: a `from` value must be assignable to the `to` type. */
function assignment(from: string, to: string): string {
  return `{ const from = null as unknown as ${from}; const to: ${to} = from; void to; }`;
}

/** One statement on one line: no field of `official` may be missing from `ours`. */
function noMissingFields(official: string, ours: string): string {
  return `{ const missing: never = null as unknown as MissingFields<${official}, ${ours}>; void missing; }`;
}

/** The check of `direction`, with the `omitted` field paths left out of both sides. */
function directionCheck(direction: Direction, official: string, ours: string, omitted: readonly string[]): string {
  const officialPart = withoutFields(official, omitted);
  const ourPart = withoutFields(ours, omitted);
  if (direction === "officialToOurs") return assignment(officialPart, ourPart);
  if (direction === "oursToOfficial") return assignment(ourPart, officialPart);
  return noMissingFields(officialPart, ourPart);
}

export function buildTypeTestSource(input: TypeTestInput): TypeTestSource {
  const ourType = input.ourType ?? defaultOurType;
  const lines = [
    "// Written by test/conformance/typeTestSource.ts for the conformance test; never committed.",
    `import type { operations } from ${JSON.stringify(input.imports.schema)};`,
    `import type * as Official from "@northflank/js-client";`,
    `import type { CloseOpenEnums, MissingFields, OfficialBody, OfficialQuery, OmitPath, OurBody, OurQuery, OurResult } from ${JSON.stringify(input.imports.helpers)};`,
  ];
  const checks = new Map<number, CheckLine>();
  const add = (check: CheckLine, ...text: string[]): void => {
    for (const line of text) {
      lines.push(line);
      checks.set(lines.length, check);
    }
  };
  for (const { operationId, official } of input.operations) {
    const parts: Part[] = official.resultTypedAsAny ? ["request", "query"] : ["request", "query", "result"];
    for (const part of parts) {
      const officialSide = officialType(official, part);
      const ourSide = ourType(operationId, part);
      for (const direction of DIRECTIONS) {
        const fields = input.allowlist
          .filter((entry) => entry.operationId === operationId && entry.part === part && entry.direction === direction)
          .map((entry) => entry.field);
        lines.push(`// ${operationId} ${part}, ${direction}`);
        add({ operationId, part, direction, field: null }, directionCheck(direction, officialSide, ourSide, fields));
        for (const field of fields) {
          const others = fields.filter((other) => other !== field);
          add({ operationId, part, direction, field }, `// @ts-expect-error allowlisted: ${field}`, directionCheck(direction, officialSide, ourSide, others));
        }
      }
    }
  }
  return { text: `${lines.join("\n")}\n`, checks };
}

/**
 * Builds a JSON value that a schema of the spec accepts, keeping what a source value
 * already has right. The generic resource layer answers with it: the source is what the
 * mock knows (the stored request body, ids, times, what actions changed), the schema is
 * the operation's documented response, and whatever the source lacks that the schema
 * requires is invented from the schema itself (its default or example, an enum's first
 * value, a string its pattern and format accept, a number within its bounds). Optional
 * properties the source does not have are left out, as the API leaves them out.
 *
 * For `oneOf`/`anyOf` the alternative that keeps most of the source and that ajv accepts
 * wins, so an answer is always valid where a valid answer can be built from the schema.
 */
import type { ValidateFunction } from "ajv/dist/2020.js";
import randexpModule from "randexp";
import { childPointer } from "../../openapi/jsonPointer.js";
import { resolveAt } from "../../openapi/refs.js";
import { lazily, newSpecAjv, SPEC_ID } from "../validation/specAjv.js";
import { isJsonObject, mergeDeep } from "./jsonTree.js";

export interface Synthesizer {
  /** A value the schema at `pointer` accepts, built from `source` (`undefined`: nothing known). */
  fill(pointer: string, source: unknown): unknown;
  /** Whether the schema at `pointer` accepts `value`. */
  accepts(pointer: string, value: unknown): boolean;
}

type Schema = Record<string, unknown>;
type Json = Record<string, unknown>;

/** randexp is CommonJS whose `module.exports` is the class itself; its types describe the ES default. */
const RandExp = randexpModule as unknown as typeof randexpModule.default;
type RandExp = InstanceType<typeof RandExp>;

/** Deeper than any response of the spec; a recursive schema stops inventing there. */
const MAX_DEPTH = 40;

/** Strings tried, in order, for a string with a pattern or length bounds but no format. */
const STRING_CANDIDATES = ["example", "example-id", "Example", "000000000000000000000001", "/", "1"];

export function createSynthesizer(document: Json, now: () => number): Synthesizer {
  const ajv = lazily(() => newSpecAjv(document, {}));
  const validators = new Map<string, ValidateFunction>();

  function accepts(pointer: string, value: unknown): boolean {
    let validate = validators.get(pointer);
    if (validate === undefined) {
      validate = ajv().compile({ $ref: `${SPEC_ID}#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate(value) === true;
  }

  function fill(at: string, source: unknown, depth: number): unknown {
    const { value, pointer } = resolveAt(document, at);
    if (value === false) return undefined;
    if (value === true || value === undefined || value === null || typeof value !== "object") return source ?? {};
    const schema = value as Schema;
    if (depth > MAX_DEPTH) return source;
    if ("const" in schema) return schema.const;
    if (Array.isArray(schema.enum)) return schema.enum.includes(source) ? source : firstOf(schema.enum);
    if (Array.isArray(schema.allOf)) return fillAllOf(schema, pointer, source, depth);
    if (Array.isArray(schema.oneOf)) return fillAlternatives(schema, pointer, "oneOf", source, depth);
    if (Array.isArray(schema.anyOf)) return fillAlternatives(schema, pointer, "anyOf", source, depth);
    return fillTyped(schema, pointer, source, depth);
  }

  function fillAllOf(schema: Schema, pointer: string, source: unknown, depth: number): unknown {
    const parts = (schema.allOf as unknown[]).map((_, index) => fill(childPointer(pointer, "allOf", index), source, depth + 1));
    const { allOf: _allOf, ...own } = schema;
    if (hasShape(own)) parts.push(fillTyped(own, pointer, source, depth));
    return parts.reduce(mergeDeep, undefined);
  }

  function fillAlternatives(schema: Schema, pointer: string, keyword: "oneOf" | "anyOf", source: unknown, depth: number): unknown {
    const { [keyword]: alternatives, ...own } = schema;
    const candidates: { value: unknown; kept: number }[] = [];
    (alternatives as unknown[]).forEach((_, index) => {
      let value = fill(childPointer(pointer, keyword, index), source, depth + 1);
      if (hasShape(own)) value = mergeDeep(value, fillTyped(own, pointer, source, depth));
      if (value !== undefined && accepts(pointer, value)) candidates.push({ value, kept: keptFrom(source, value) });
    });
    const best = candidates.reduce<{ value: unknown; kept: number } | null>((top, next) => (top === null || next.kept > top.kept ? next : top), null);
    return best === null ? fill(childPointer(pointer, keyword, 0), source, depth + 1) : best.value;
  }

  function fillTyped(schema: Schema, pointer: string, source: unknown, depth: number): unknown {
    const types = typesOf(schema);
    if (source === null && (types.includes("null") || schema.nullable === true)) return null;
    if (source !== undefined && source !== null && (types.length === 0 || matchesType(types, source))) {
      if (isJsonObject(source)) return fillObject(schema, pointer, source, depth);
      if (Array.isArray(source)) return fillArray(schema, pointer, source, depth);
      if (accepts(pointer, source)) return source;
    }
    return invent(schema, pointer, types, depth);
  }

  function fillObject(schema: Schema, pointer: string, source: Json, depth: number): Json {
    const properties = isJsonObject(schema.properties) ? schema.properties : {};
    const required = Array.isArray(schema.required) ? (schema.required as string[]) : [];
    const out: Json = {};
    for (const key of Object.keys(properties)) {
      const known = source[key];
      if (known === undefined && !required.includes(key)) continue;
      const value = fill(childPointer(pointer, "properties", key), known, depth + 1);
      if (value !== undefined) out[key] = value;
    }
    const extra = schema.additionalProperties;
    if (Object.keys(properties).length === 0 && extra !== false) {
      for (const [key, known] of Object.entries(source)) {
        out[key] = isJsonObject(extra) ? fill(childPointer(pointer, "additionalProperties"), known, depth + 1) : known;
      }
    }
    // A required name the schema declares no property for takes what the source has, if anything.
    for (const key of required) if (!(key in properties) && out[key] === undefined && source[key] !== undefined) out[key] = source[key];
    return out;
  }

  function fillArray(schema: Schema, pointer: string, source: unknown[], depth: number): unknown[] {
    if (schema.items === undefined) return source;
    return source.map((item) => fill(childPointer(pointer, "items"), item, depth + 1)).filter((item) => item !== undefined);
  }

  function invent(schema: Schema, pointer: string, types: readonly string[], depth: number): unknown {
    const examples = Array.isArray(schema.examples) ? schema.examples : [];
    for (const candidate of [schema.default, schema.example, ...examples]) {
      if (candidate !== undefined && accepts(pointer, candidate)) return candidate;
    }
    const type = types.find((t) => t !== "null") ?? (types.includes("null") ? "null" : "object");
    switch (type) {
      case "object":
        return fillObject(schema, pointer, {}, depth);
      case "array":
        return typeof schema.minItems === "number" && schema.minItems > 0 ? [fill(childPointer(pointer, "items"), undefined, depth + 1)] : [];
      case "string":
        return inventString(schema, pointer);
      case "integer":
      case "number":
        return inventNumber(schema, type === "integer");
      case "boolean":
        return false;
      default:
        return null;
    }
  }

  function inventString(schema: Schema, pointer: string): string {
    const byFormat = formatExample(schema.format, now());
    if (byFormat !== null) return byFormat;
    const fitted = STRING_CANDIDATES.map((c) => fitLength(c, schema)).find((c) => accepts(pointer, c));
    if (fitted !== undefined) return fitted;
    if (typeof schema.pattern === "string") {
      const generated = fromPattern(schema.pattern, pointer, (c) => accepts(pointer, c));
      if (generated !== null) return generated;
    }
    return fitLength("example", schema);
  }

  return { fill: (pointer, source) => fill(pointer, source, 0), accepts };
}

function formatExample(format: unknown, now: number): string | null {
  switch (format) {
    case "date-time":
      return new Date(now).toISOString();
    case "date":
      return new Date(now).toISOString().slice(0, 10);
    case "uri":
    case "url":
      return "https://example.com/";
    case "email":
      return "user@example.com";
    case "uuid":
      return "00000000-0000-4000-8000-000000000000";
    case "ipv4":
      return "127.0.0.1";
    default:
      return null;
  }
}

/** Up to ten strings the pattern matches, from a generator seeded by the schema's place, so answers repeat run to run. */
function fromPattern(pattern: string, pointer: string, accepted: (candidate: string) => boolean): string | null {
  let generator: RandExp;
  try {
    generator = new RandExp(new RegExp(pattern, "u"));
  } catch {
    return null;
  }
  generator.max = 4;
  let seed = [...pointer].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) % 2_147_483_647, 7) || 1;
  generator.randInt = (low: number, high: number) => {
    seed = (seed * 48_271) % 2_147_483_647;
    return low + (seed % (high - low + 1));
  };
  for (let attempt = 0; attempt < 10; attempt += 1) {
    const candidate = generator.gen();
    if (accepted(candidate)) return candidate;
  }
  return null;
}

function fitLength(text: string, schema: Schema): string {
  const min = typeof schema.minLength === "number" ? schema.minLength : 0;
  const max = typeof schema.maxLength === "number" ? schema.maxLength : Infinity;
  return text.padEnd(min, "x").slice(0, max);
}

function inventNumber(schema: Schema, integer: boolean): number {
  const minimum = typeof schema.minimum === "number" ? schema.minimum : typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum + (integer ? 1 : 0.5) : 0;
  const maximum = typeof schema.maximum === "number" ? schema.maximum : typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum - 1 : Infinity;
  const value = Math.min(Math.max(0, minimum), maximum);
  return integer ? Math.ceil(value) : value;
}

function typesOf(schema: Schema): string[] {
  if (typeof schema.type === "string") return [schema.type];
  if (Array.isArray(schema.type)) return schema.type.filter((t): t is string => typeof t === "string");
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return ["object"];
  if (schema.items !== undefined) return ["array"];
  return [];
}

function matchesType(types: readonly string[], value: unknown): boolean {
  if (Array.isArray(value)) return types.includes("array");
  if (isJsonObject(value)) return types.includes("object");
  if (typeof value === "number") return types.includes("number") || (types.includes("integer") && Number.isInteger(value));
  return types.includes(typeof value);
}

/** Whether a schema says anything about a value's shape (so an `allOf`'s own part counts). */
function hasShape(schema: Schema): boolean {
  return ["type", "properties", "required", "items", "additionalProperties"].some((key) => schema[key] !== undefined);
}

function firstOf(values: readonly unknown[]): unknown {
  return values.find((value) => value !== null) ?? null;
}

/** How many of the source's own properties survived into the answer (0 for non-objects that differ). */
function keptFrom(source: unknown, value: unknown): number {
  if (isJsonObject(source) && isJsonObject(value)) return Object.keys(source).filter((key) => value[key] !== undefined).length;
  return source === value ? 1 : 0;
}

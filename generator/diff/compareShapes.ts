/**
 * The differences between two `TypeShape`s of the same place, as unclassified changes.
 * Objects are compared property by property (removed, added, optionality, then the
 * property's own type); unions family by family (a family gained widens, a family lost
 * narrows, both at once changes the type); enums value by value; arrays by element.
 * Object alternatives (`oneOf`/`anyOf`) are paired by the property names they share.
 */
import { apiChange, type ApiChange, type Side } from "./change.js";
import { familiesOf, NEVER, shapeText, type ObjectShape, type ScalarDomain, type TypeShape } from "./shape.js";

export interface ShapeContext {
  readonly side: Side;
  readonly subject: string;
}

export function compareShapes(before: TypeShape, after: TypeShape, at: string, context: ShapeContext): ApiChange[] {
  if (sameShape(before, after)) return [];
  if (before.any || after.any) {
    if (before.any && after.any) return [];
    return [typeChange(before.any ? "type-narrowed" : "type-widened", before, after, at, context)];
  }
  const beforeFamilies = familiesOf(before);
  const afterFamilies = familiesOf(after);
  const lost = beforeFamilies.filter((family) => !afterFamilies.includes(family));
  const gained = afterFamilies.filter((family) => !beforeFamilies.includes(family));
  const changes: ApiChange[] = [];
  if (lost.length > 0 || gained.length > 0) {
    const kind = lost.length > 0 && gained.length > 0 ? "type-changed" : lost.length > 0 ? "type-narrowed" : "type-widened";
    changes.push(typeChange(kind, before, after, at, context));
  }
  if (before.string && after.string) changes.push(...compareDomains(before.string, after.string, "string", at, context, (value) => JSON.stringify(value)));
  if (before.number && after.number) changes.push(...compareDomains(before.number, after.number, "number", at, context, String));
  if (before.boolean && after.boolean) changes.push(...compareBooleans(before.boolean, after.boolean, at, context));
  if (before.array && after.array) changes.push(...compareShapes(before.array, after.array, `${at}[]`, context));
  changes.push(...compareAlternatives(before.objects, after.objects, at, context));
  return changes;
}

function typeChange(kind: "type-narrowed" | "type-widened" | "type-changed", before: TypeShape, after: TypeShape, at: string, context: ShapeContext): ApiChange {
  return apiChange({ kind, side: context.side, subject: context.subject, path: at, before: shapeText(before), after: shapeText(after) });
}

/** Open to closed narrows, closed to open widens; otherwise the listed values are compared one by one. */
function compareDomains<T extends string | number>(
  before: ScalarDomain<T>,
  after: ScalarDomain<T>,
  primitive: "string" | "number",
  at: string,
  context: ShapeContext,
  literal: (value: T) => string,
): ApiChange[] {
  const texts = (domain: ScalarDomain<T>) => [...domain.values.map(literal), ...(domain.open ? [primitive] : [])].join(" | ");
  if (before.open !== after.open) {
    const kind = before.open ? "type-narrowed" : "type-widened";
    return [apiChange({ kind, side: context.side, subject: context.subject, path: at, before: texts(before), after: texts(after) })];
  }
  const removed = before.values.filter((value) => !after.values.includes(value));
  const added = after.values.filter((value) => !before.values.includes(value));
  const valueChange = (kind: "enum-value-removed" | "enum-value-added", value: T) =>
    apiChange({ kind, side: context.side, subject: context.subject, path: at, before: kind === "enum-value-removed" ? literal(value) : null, after: kind === "enum-value-added" ? literal(value) : null, openEnum: after.open });
  return [...removed.map((value) => valueChange("enum-value-removed", value)), ...added.map((value) => valueChange("enum-value-added", value))];
}

function compareBooleans(before: readonly boolean[], after: readonly boolean[], at: string, context: ShapeContext): ApiChange[] {
  const lost = before.some((value) => !after.includes(value));
  const gained = after.some((value) => !before.includes(value));
  if (!lost && !gained) return [];
  const kind = lost && gained ? "type-changed" : lost ? "type-narrowed" : "type-widened";
  const text = (values: readonly boolean[]) => (values.length === 2 ? "boolean" : values.map(String).join(" | "));
  return [apiChange({ kind, side: context.side, subject: context.subject, path: at, before: text(before), after: text(after) })];
}

/** Pairs object alternatives; an unpaired one is an alternative removed (narrowed) or added (widened). */
function compareAlternatives(before: readonly ObjectShape[], after: readonly ObjectShape[], at: string, context: ShapeContext): ApiChange[] {
  if (before.length === 0 || after.length === 0) return [];
  const several = before.length > 1 || after.length > 1;
  const pairs = pairAlternatives(before, after);
  const changes: ApiChange[] = [];
  for (const [beforeIndex, afterIndex] of pairs) {
    const label = several ? `${at}[alternative ${afterIndex + 1}]` : at;
    changes.push(...compareObjects(before[beforeIndex]!, after[afterIndex]!, label, context));
  }
  const pairedBefore = new Set(pairs.map(([index]) => index));
  const pairedAfter = new Set(pairs.map(([, index]) => index));
  before.forEach((object, index) => {
    if (!pairedBefore.has(index)) changes.push(alternativeChange("type-narrowed", object, null, `${at}[alternative ${index + 1} before]`, context));
  });
  after.forEach((object, index) => {
    if (!pairedAfter.has(index)) changes.push(alternativeChange("type-widened", null, object, `${at}[alternative ${index + 1}]`, context));
  });
  return changes;
}

function alternativeChange(kind: "type-narrowed" | "type-widened", before: ObjectShape | null, after: ObjectShape | null, at: string, context: ShapeContext): ApiChange {
  const text = (object: ObjectShape | null) => (object === null ? null : `alternative ${shapeText({ ...NEVER, objects: [object] })}`);
  return apiChange({ kind, side: context.side, subject: context.subject, path: at, before: text(before), after: text(after) });
}

/**
 * Greedy pairing by shared property names (Jaccard similarity), best pairs first, ties
 * by position; the only alternative on each side is always paired with the other.
 */
export function pairAlternatives(before: readonly ObjectShape[], after: readonly ObjectShape[]): [number, number][] {
  if (before.length === 1 && after.length === 1) return [[0, 0]];
  const candidates: { b: number; a: number; score: number }[] = [];
  before.forEach((left, b) => after.forEach((right, a) => candidates.push({ b, a, score: similarity(left, right) })));
  candidates.sort((x, y) => y.score - x.score || Math.abs(x.b - x.a) - Math.abs(y.b - y.a) || x.a - y.a);
  const pairs: [number, number][] = [];
  const usedBefore = new Set<number>();
  const usedAfter = new Set<number>();
  for (const { b, a, score } of candidates) {
    if (score === 0 || usedBefore.has(b) || usedAfter.has(a)) continue;
    usedBefore.add(b);
    usedAfter.add(a);
    pairs.push([b, a]);
  }
  return pairs.sort((x, y) => x[1] - y[1]);
}

function similarity(left: ObjectShape, right: ObjectShape): number {
  const names = (object: ObjectShape) => new Set(object.properties.map((property) => property.name));
  const a = names(left);
  const b = names(right);
  if (a.size === 0 && b.size === 0) return left.recursive === right.recursive ? 1 : 0.5;
  const shared = [...a].filter((name) => b.has(name)).length;
  return shared / (a.size + b.size - shared);
}

function compareObjects(before: ObjectShape, after: ObjectShape, at: string, context: ShapeContext): ApiChange[] {
  if (before.recursive !== null || after.recursive !== null) {
    if (before.recursive === after.recursive) return [];
    return [apiChange({ kind: "type-changed", side: context.side, subject: context.subject, path: at, before: before.recursive ?? "object", after: after.recursive ?? "object" })];
  }
  const changes: ApiChange[] = [];
  const afterByName = new Map(after.properties.map((property) => [property.name, property]));
  const beforeNames = new Set(before.properties.map((property) => property.name));
  const base = { side: context.side, subject: context.subject };
  for (const property of before.properties) {
    const path = childPath(at, property.name);
    const now = afterByName.get(property.name);
    if (!now) {
      changes.push(apiChange({ ...base, kind: "property-removed", path, before: shapeText(property.type) }));
      continue;
    }
    if (property.optional !== now.optional) changes.push(apiChange({ ...base, kind: now.optional ? "became-optional" : "became-required", path }));
    changes.push(...compareShapes(property.type, now.type, path, context));
  }
  for (const property of after.properties) {
    if (beforeNames.has(property.name)) continue;
    const kind = property.optional ? "property-added-optional" : "property-added-required";
    changes.push(apiChange({ ...base, kind, path: childPath(at, property.name), after: shapeText(property.type) }));
  }
  changes.push(...compareIndexSignatures(before.index, after.index, at, context));
  return changes;
}

function compareIndexSignatures(before: TypeShape | null, after: TypeShape | null, at: string, context: ShapeContext): ApiChange[] {
  const path = childPath(at, "*");
  if (before && after) return compareShapes(before, after, path, context);
  if (!before && !after) return [];
  const kind = before ? "type-narrowed" : "type-widened";
  return [apiChange({ kind, side: context.side, subject: context.subject, path, before: before ? `any other key: ${shapeText(before)}` : "no other keys", after: after ? `any other key: ${shapeText(after)}` : "no other keys" })];
}

/** `body` + `name` -> `body.name`; names that are not identifiers are quoted: `labels["app.kubernetes.io/name"]`. */
export function childPath(at: string, name: string): string {
  if (name === "*") return at === "" ? "*" : `${at}.*`;
  if (/^[A-Za-z_$][\w$]*$/.test(name)) return at === "" ? name : `${at}.${name}`;
  return `${at}[${JSON.stringify(name)}]`;
}

function sameShape(before: TypeShape, after: TypeShape): boolean {
  return before === after || JSON.stringify(before) === JSON.stringify(after);
}


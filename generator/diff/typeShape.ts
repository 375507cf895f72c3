/**
 * Expands a checked TypeScript type (ts-morph) into a `TypeShape`. Unions are
 * flattened into families; intersections of objects (`allOf`) into one object; a
 * primitive intersected with `{}` (the generator's open enums: `string & {}`) counts
 * as that primitive. Optional properties drop the `undefined` that optionality adds,
 * and an optional property of type `never` (a field an alternative refuses) is left
 * out: it is not something a caller can use.
 */
import type { Node, Type } from "ts-morph";
import { ts } from "../dependencies/tsMorph.js";
import { compareCodeUnits } from "../model/uniqueNames.js";
import type { ObjectShape, PropertyShape, TypeShape } from "./shape.js";
import { isNever } from "./shape.js";

/** Deeper than any real schema; a guard against runaway generic types. */
const MAX_DEPTH = 40;
const TYPE_TEXT_FLAGS = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.UseAliasDefinedOutsideCurrentScope;

interface Builder {
  any: boolean;
  string: { open: boolean; values: Set<string> } | null;
  number: { open: boolean; values: Set<number> } | null;
  boolean: Set<boolean> | null;
  null: boolean;
  objects: ObjectShape[];
  arrayElements: Type[];
  other: Set<string>;
}

/** Expands types relative to one node (property types are resolved there). */
export class ShapeReader {
  private readonly expanding: Type[] = [];

  constructor(private readonly at: Node) {}

  shapeOf(type: Type): TypeShape {
    const builder: Builder = { any: false, string: null, number: null, boolean: null, null: false, objects: [], arrayElements: [], other: new Set() };
    this.add(builder, type);
    return this.finish(builder);
  }

  private add(builder: Builder, type: Type): void {
    if (type.isAny() || type.isUnknown()) builder.any = true;
    else if (type.isNever() || type.isUndefined() || type.isVoid()) return;
    else if (type.isUnion()) for (const member of type.getUnionTypes()) this.add(builder, member);
    else if (type.isNull()) builder.null = true;
    else if (type.isBooleanLiteral()) (builder.boolean ??= new Set()).add(type.getText() === "true");
    else if (type.isBoolean()) builder.boolean = new Set([false, true]);
    else if (type.isStringLiteral()) (builder.string ??= { open: false, values: new Set() }).values.add(String(type.getLiteralValue()));
    else if (type.isString() || type.isTemplateLiteral()) (builder.string ??= { open: false, values: new Set() }).open = true;
    else if (type.isNumberLiteral()) (builder.number ??= { open: false, values: new Set() }).values.add(Number(type.getLiteralValue()));
    else if (type.isNumber()) (builder.number ??= { open: false, values: new Set() }).open = true;
    else if (type.isIntersection() && this.addBrandedPrimitive(builder, type)) return;
    else if (type.isArray() || type.isReadonlyArray()) builder.arrayElements.push(type.getTypeArguments()[0] ?? type);
    else if (type.isTuple() || type.getCallSignatures().length > 0 || !(type.isObject() || type.isIntersection())) builder.other.add(this.text(type));
    else builder.objects.push(this.objectOf(type));
  }

  /** `string & {}` and the like: the primitive, open. */
  private addBrandedPrimitive(builder: Builder, type: Type): boolean {
    const members = type.getIntersectionTypes();
    if (members.some((member) => member.isString())) (builder.string ??= { open: false, values: new Set() }).open = true;
    else if (members.some((member) => member.isNumber())) (builder.number ??= { open: false, values: new Set() }).open = true;
    else return false;
    return true;
  }

  private objectOf(type: Type): ObjectShape {
    if (this.expanding.includes(type) || this.expanding.length >= MAX_DEPTH) return { properties: [], index: null, recursive: this.text(type) };
    this.expanding.push(type);
    try {
      const properties = type.getProperties().flatMap((symbol): PropertyShape[] => {
        const optional = symbol.isOptional();
        const shape = this.shapeOf(symbol.getTypeAtLocation(this.at));
        return optional && isNever(shape) ? [] : [{ name: symbol.getName(), optional, type: shape }];
      });
      const index = type.getStringIndexType();
      return {
        properties: properties.sort((a, b) => compareCodeUnits(a.name, b.name)),
        index: index ? this.shapeOf(index) : null,
        recursive: null,
      };
    } finally {
      this.expanding.pop();
    }
  }

  private finish(builder: Builder): TypeShape {
    return {
      any: builder.any,
      string: builder.string && { open: builder.string.open, values: [...builder.string.values].sort(compareCodeUnits) },
      number: builder.number && { open: builder.number.open, values: [...builder.number.values].sort((a, b) => a - b) },
      boolean: builder.boolean && [...builder.boolean].sort((a, b) => Number(a) - Number(b)),
      null: builder.null,
      objects: builder.objects,
      array: builder.arrayElements.length === 0 ? null : this.mergedElements(builder.arrayElements),
      other: [...builder.other].sort(compareCodeUnits),
    };
  }

  private mergedElements(elements: readonly Type[]): TypeShape {
    const merged: Builder = { any: false, string: null, number: null, boolean: null, null: false, objects: [], arrayElements: [], other: new Set() };
    for (const element of elements) this.add(merged, element);
    return this.finish(merged);
  }

  private text(type: Type): string {
    return type.getText(this.at, TYPE_TEXT_FLAGS);
  }
}

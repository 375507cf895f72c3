/**
 * An openapi-typescript `postTransform` that opens string enums on the response side:
 * `"a" | "b"` becomes `"a" | "b" | (string & {})`, which still offers the known values
 * in editors but accepts any other string. Single values (`const`, one-value enums)
 * stay closed: they are discriminator tags that narrowing relies on.
 */
import type * as TypeScript from "typescript";
import { ts } from "../dependencies/typescript.js";
import type { TransformNodeOptions } from "openapi-typescript";
import { sideOfPath, type SchemaSides } from "../prepare/schemaSides.js";

export function openResponseEnums(sides: SchemaSides) {
  return (type: TypeScript.TypeNode, options: TransformNodeOptions): TypeScript.TypeNode | undefined => {
    if (!isStringLiteralUnion(type)) return undefined;
    if (sideOfPath(options.path ?? "", sides) !== "response") return undefined;
    return ts.factory.createUnionTypeNode([...type.types, anyOtherString()]);
  };
}

/** A union of two or more literals (plus `null`), at least one of them a string. */
function isStringLiteralUnion(type: TypeScript.TypeNode): type is TypeScript.UnionTypeNode {
  if (!ts.isUnionTypeNode(type) || type.types.length < 2) return false;
  return type.types.every((member) => ts.isLiteralTypeNode(member) || isStringLiteralText(member)) && type.types.some(isStringLiteralText);
}

/**
 * openapi-typescript writes a string literal type as an identifier holding the JSON
 * text (`"a"`), so that it prints exactly; a real literal node counts too.
 */
function isStringLiteralText(node: TypeScript.Node): boolean {
  if (ts.isLiteralTypeNode(node)) return ts.isStringLiteral(node.literal);
  return ts.isIdentifier(node) && node.text.startsWith('"');
}

/** `string & {}`: a string type that does not swallow the literals beside it. */
function anyOtherString(): TypeScript.TypeNode {
  return ts.factory.createParenthesizedType(
    ts.factory.createIntersectionTypeNode([
      ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
      ts.factory.createTypeLiteralNode([]),
    ]),
  );
}

/**
 * Named schemas that reach themselves through unions, intersections and arrays, as
 * top-level type aliases. openapi-typescript writes every named schema as a member of
 * `components["schemas"]`, and tsc resolves a member's type annotation eagerly except
 * inside an object type (`{ a: ... }`, `{ [key: string]: ... }`): so `JsonValue: string |
 * components["schemas"]["JsonValue"][]` is "referenced directly or indirectly in its own
 * type annotation", where `Tree: { children: components["schemas"]["Tree"][] }` is fine.
 * A type alias that names itself directly defers arrays and object types (TypeScript 3.7's
 * recursive aliases), so each schema on such a cycle becomes `type Schema_JsonValue =
 * string | Schema_JsonValue[]`, and its member `JsonValue: Schema_JsonValue`. Every other
 * reference to it stays as it was. The aliases are not exported: the schema is still
 * reached as `components["schemas"]["JsonValue"]`, the one public name.
 *
 * Left as it was: a cycle through unions alone (`A = B | C`, `B = A | D`), which no
 * TypeScript type can state; tsc reports it at the alias.
 */
import type * as TypeScript from "typescript";
import { ts } from "../dependencies/typescript.js";
import { resolveNameCollisions } from "../model/uniqueNames.js";

const ALIAS_PREFIX = "Schema_";

/** `nodes` with every schema on an eager cycle moved to an alias (the same nodes when there is none). */
export function aliasRecursiveSchemas(nodes: readonly TypeScript.Node[]): TypeScript.Node[] {
  const index = nodes.findIndex(isComponentsInterface);
  const components = nodes[index] as TypeScript.InterfaceDeclaration | undefined;
  const schemas = components && schemasMember(components);
  if (!components || !schemas) return [...nodes];
  const cyclic = schemasOnEagerCycles(schemas);
  if (cyclic.size === 0) return [...nodes];
  const aliases = aliasNames([...cyclic.keys()], topLevelNames(nodes));
  const declarations = [...cyclic].map(([name, type]) => aliasDeclaration(aliases.get(name) ?? name, withAliasRefs(type, aliases)));
  const rewritten = replaceSchemaTypes(components, schemas, aliases);
  return [...nodes.slice(0, index), rewritten, ...declarations, ...nodes.slice(index + 1)];
}

/** The named schemas whose type reaches itself without passing through an object type, with their types, in spec order. */
export function schemasOnEagerCycles(schemas: TypeScript.TypeLiteralNode): Map<string, TypeScript.TypeNode> {
  const types = new Map<string, TypeScript.TypeNode>();
  for (const member of schemas.members) {
    const name = memberName(member);
    if (name !== null && ts.isPropertySignature(member) && member.type) types.set(name, member.type);
  }
  const edges = new Map([...types].map(([name, type]) => [name, eagerSchemaRefs(type)]));
  return new Map([...types].filter(([name]) => reaches(name, name, edges)));
}

/** The schemas `type` needs resolved to be resolved itself: references outside any object type. */
export function eagerSchemaRefs(type: TypeScript.Node): Set<string> {
  const found = new Set<string>();
  const visit = (node: TypeScript.Node): void => {
    const referenced = schemaRefName(node);
    if (referenced !== null) found.add(referenced);
    // An object type's members are resolved only when asked for: the recursion stops there.
    else if (!ts.isTypeLiteralNode(node)) ts.forEachChild(node, visit);
  };
  visit(type);
  return found;
}

/** Whether `to` is reachable from `from` by at least one edge. */
function reaches(from: string, to: string, edges: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  const seen = new Set<string>();
  const pending = [...(edges.get(from) ?? [])];
  while (pending.length > 0) {
    const next = pending.pop() as string;
    if (next === to) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    pending.push(...(edges.get(next) ?? []));
  }
  return false;
}

/**
 * `X` for `components["schemas"]["X"]`, and for a deeper access into it (openapi-typescript
 * writes a `$ref` to a property as `components["schemas"]["X"]["name"]`); `null` otherwise.
 */
function schemaRefName(node: TypeScript.Node): string | null {
  if (!ts.isIndexedAccessTypeNode(node)) return null;
  const path: string[] = [];
  let current: TypeScript.TypeNode = node;
  while (ts.isIndexedAccessTypeNode(current)) {
    const key = literalText(current.indexType);
    if (key === null) return null;
    path.unshift(key);
    current = current.objectType;
  }
  const root = ts.isTypeReferenceNode(current) && ts.isIdentifier(current.typeName) ? current.typeName.text : null;
  return root === "components" && path[0] === "schemas" && path[1] !== undefined ? path[1] : null;
}

function literalText(node: TypeScript.TypeNode): string | null {
  return ts.isLiteralTypeNode(node) && ts.isStringLiteral(node.literal) ? node.literal.text : null;
}

/** `type` with each (possibly deeper) reference to an aliased schema starting at its alias instead. */
function withAliasRefs(type: TypeScript.TypeNode, aliases: ReadonlyMap<string, string>): TypeScript.TypeNode {
  const replace = (node: TypeScript.Node): TypeScript.Node => {
    const alias = aliasFor(node, aliases);
    if (alias !== null) return alias;
    return ts.visitEachChild(node, replace, undefined);
  };
  return replace(type) as TypeScript.TypeNode;
}

/** The alias reference standing for `node`, a `components["schemas"]["X"]...` access to an aliased `X`; `null` otherwise. */
function aliasFor(node: TypeScript.Node, aliases: ReadonlyMap<string, string>): TypeScript.TypeNode | null {
  const name = schemaRefName(node);
  const alias = name === null ? undefined : aliases.get(name);
  if (alias === undefined) return null;
  // Keep any access deeper than the schema itself: `components["schemas"]["X"]["a"]` -> `Schema_X["a"]`.
  const keys: TypeScript.TypeNode[] = [];
  let current = node as TypeScript.TypeNode;
  while (ts.isIndexedAccessTypeNode(current) && schemaRefName(current.objectType) !== null) {
    keys.unshift(current.indexType);
    current = current.objectType;
  }
  return keys.reduce<TypeScript.TypeNode>((object, key) => ts.factory.createIndexedAccessTypeNode(object, key), ts.factory.createTypeReferenceNode(alias));
}

/** The `components` interface with each aliased schema's member typed as its alias. */
function replaceSchemaTypes(components: TypeScript.InterfaceDeclaration, schemas: TypeScript.TypeLiteralNode, aliases: ReadonlyMap<string, string>): TypeScript.InterfaceDeclaration {
  const members = schemas.members.map((member) => {
    const alias = aliases.get(memberName(member) ?? "");
    if (alias === undefined || !ts.isPropertySignature(member)) return member;
    return ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, ts.factory.createTypeReferenceNode(alias));
  });
  const newSchemas = ts.factory.updateTypeLiteralNode(schemas, ts.factory.createNodeArray(members));
  const componentMembers = components.members.map((member) =>
    ts.isPropertySignature(member) && member.type === schemas ? ts.factory.updatePropertySignature(member, member.modifiers, member.name, member.questionToken, newSchemas) : member,
  );
  return ts.factory.updateInterfaceDeclaration(components, components.modifiers, components.name, components.typeParameters, components.heritageClauses, componentMembers);
}

function aliasDeclaration(name: string, type: TypeScript.TypeNode): TypeScript.TypeAliasDeclaration {
  return ts.factory.createTypeAliasDeclaration(/* modifiers */ undefined, name, /* typeParameters */ undefined, type);
}

/**
 * `Schema_` and the schema name with every character an identifier cannot hold as `_`
 * (component names may hold `.` and `-`); names that then collide, or meet a name the
 * file declares already, are numbered (see uniqueNames.ts).
 */
function aliasNames(schemaNames: readonly string[], taken: ReadonlySet<string>): Map<string, string> {
  const claims = schemaNames.map((name) => ({ key: name, original: name, wanted: ALIAS_PREFIX + name.replace(/[^\p{ID_Continue}$]/gu, "_") }));
  return resolveNameCollisions(claims, taken);
}

function topLevelNames(nodes: readonly TypeScript.Node[]): Set<string> {
  const names = new Set<string>();
  for (const node of nodes) {
    if ((ts.isInterfaceDeclaration(node) || ts.isTypeAliasDeclaration(node)) && ts.isIdentifier(node.name)) names.add(node.name.text);
  }
  return names;
}

function isComponentsInterface(node: TypeScript.Node): boolean {
  return ts.isInterfaceDeclaration(node) && node.name.text === "components";
}

/** The type literal of `components`' `schemas` member, if the document has any schemas. */
function schemasMember(components: TypeScript.InterfaceDeclaration): TypeScript.TypeLiteralNode | null {
  const member = components.members.find((candidate) => memberName(candidate) === "schemas");
  return member && ts.isPropertySignature(member) && member.type && ts.isTypeLiteralNode(member.type) ? member.type : null;
}

/** A member's name as written (`"a-b"` or `a`), or `null` for an index signature. */
function memberName(member: TypeScript.TypeElement): string | null {
  const name = member.name;
  if (!name) return null;
  return ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) ? name.text : null;
}

/** ts-morph by `require` (see requireDependency.ts): its values, each with its type under the same name. */
import type * as TsMorph from "ts-morph";
import { requireDependency } from "./requireDependency.js";

const tsMorph = requireDependency<typeof TsMorph>("ts-morph");

/** The TypeScript compiler that ts-morph bundles (not the `typescript` package: see typescript.ts). */
export const ts = tsMorph.ts;
export type CompilerOptions = TsMorph.ts.CompilerOptions;
export const Node = tsMorph.Node;
export type Node<NodeType extends TsMorph.ts.Node = TsMorph.ts.Node> = TsMorph.Node<NodeType>;
export const Project = tsMorph.Project;
export type Project = TsMorph.Project;
export const SyntaxKind = tsMorph.SyntaxKind;
export type SyntaxKind = TsMorph.SyntaxKind;

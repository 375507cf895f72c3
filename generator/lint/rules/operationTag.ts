/**
 * `nf/operation-tag`: each operation has exactly one tag, declared in the root `tags`.
 * spec/README.md, "Conventions": "Every operation has ... one tag". The generator
 * writes one endpoint module per tag, so an operation with two would be emitted twice.
 */
import { operationKeyLocation, operationVisitor } from "../operationVisitor.js";
import { isRecord } from "../resolveRef.js";

export const operationTag = () =>
  operationVisitor((info) => {
    const tags = info.operation.tags;
    const where = operationKeyLocation(info, "tags");
    if (!Array.isArray(tags) || tags.length !== 1 || typeof tags[0] !== "string") {
      const count = Array.isArray(tags) ? tags.length : 0;
      info.report({ message: `operation must have exactly one tag (has ${count})`, location: where });
      return;
    }
    if (!declaredTags(info.root).has(tags[0])) {
      info.report({ message: `tag \`${tags[0]}\` is not declared in the root \`tags\``, location: where });
    }
  });

function declaredTags(root: Record<string, unknown>): Set<string> {
  const tags = Array.isArray(root.tags) ? root.tags : [];
  return new Set(tags.flatMap((tag) => (isRecord(tag) && typeof tag.name === "string" ? [tag.name] : [])));
}

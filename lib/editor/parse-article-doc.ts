import type { Node as PMNode } from "@tiptap/pm/model";
import { articleSchema } from "./article-schema";
import { docNodeSchema, type DocNodeJSON } from "./doc-schema";

export const MAX_DOC_JSON_CHARS = 5_000_000;

export class InvalidDocumentError extends Error {}

/**
 * Validates untrusted Tiptap JSON against the article schema and returns the ProseMirror node.
 * Anything the schema does not know (node types, marks, attributes' shapes) is refused.
 */
export function parseArticleDoc(json: unknown): PMNode {
  if (JSON.stringify(json ?? null).length > MAX_DOC_JSON_CHARS) {
    throw new InvalidDocumentError("The article is too large to store.");
  }
  const shape = docNodeSchema.safeParse(json);
  if (!shape.success || shape.data.type !== "doc") throw new InvalidDocumentError("The article content is malformed.");
  try {
    const node = articleSchema().nodeFromJSON(shape.data as DocNodeJSON);
    node.check();
    return node;
  } catch (error) {
    throw new InvalidDocumentError(`The article content does not fit the editor: ${(error as Error).message}`);
  }
}

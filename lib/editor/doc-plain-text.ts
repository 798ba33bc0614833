import type { Node as PMNode } from "@tiptap/pm/model";

/**
 * The article's plain text: block texts joined by "\n", hard breaks as "\n". Claims' W3C
 * TextPositionSelectors count code points in exactly this text, so it must never change shape.
 */
export function docPlainText(doc: PMNode): string {
  return doc.textBetween(0, doc.content.size, "\n", (leaf) => (leaf.type.name === "hardBreak" ? "\n" : ""));
}

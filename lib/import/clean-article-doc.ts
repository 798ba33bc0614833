import type { Node as PMNode } from "@tiptap/pm/model";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import { parseArticleDoc } from "@/lib/editor/parse-article-doc";

const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

/**
 * Validates an article document against the editor schema and rebuilds it from known parts
 * only: attributes are re-derived (headings 2–4, list starts, link hrefs http/https/mailto,
 * nothing else), unsafe links lose their mark, and empty paragraphs are collapsed. Used for
 * imported documents and for any document a client sends back.
 */
export function cleanArticleDoc(json: unknown): PMNode {
  const doc = parseArticleDoc(json).toJSON() as DocNodeJSON;
  const content = (doc.content ?? []).map(cleanNode).filter((node): node is DocNodeJSON => node !== null);
  return parseArticleDoc({ type: "doc", content: content.length > 0 ? content : [{ type: "paragraph" }] });
}

function cleanNode(node: DocNodeJSON): DocNodeJSON | null {
  if (node.type === "text") {
    if (!node.text) return null;
    const marks = (node.marks ?? []).flatMap((mark) => cleanMark(mark));
    return marks.length > 0 ? { type: "text", text: node.text, marks } : { type: "text", text: node.text };
  }
  const content = node.content?.map(cleanNode).filter((child): child is DocNodeJSON => child !== null);
  if (node.type === "paragraph" && !content?.some((child) => child.type !== "hardBreak" && child.text?.trim() !== "")) {
    return null;
  }
  const cleaned: DocNodeJSON = { type: node.type };
  const attrs = cleanAttrs(node);
  if (attrs) cleaned.attrs = attrs;
  if (content) {
    // Headings, list items, lists and quotes left with nothing in them go too.
    if (content.length === 0) return null;
    cleaned.content = content;
  }
  return cleaned;
}

function cleanAttrs(node: DocNodeJSON): Record<string, unknown> | undefined {
  if (node.type === "heading") {
    const level = Number(node.attrs?.level);
    return { level: level === 3 || level === 4 ? level : 2 };
  }
  if (node.type === "orderedList") {
    const start = Number(node.attrs?.start);
    return { start: Number.isInteger(start) && start >= 0 && start < 1_000_000 ? start : 1 };
  }
  return undefined;
}

function cleanMark(mark: { type: string; attrs?: Record<string, unknown> }) {
  if (mark.type !== "link") return [{ type: mark.type }];
  const href = typeof mark.attrs?.href === "string" ? mark.attrs.href.trim() : "";
  return SAFE_HREF.test(href) && href.length <= 2048 ? [{ type: "link", attrs: { href } }] : [];
}

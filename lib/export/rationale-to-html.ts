import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import { escapeHtml } from "./escape-html";
import { safeLink } from "./safe-link";

const BLOCKS: Record<string, string> = { paragraph: "p", bulletList: "ul", orderedList: "ol", listItem: "li" };
const MARKS: Record<string, string> = { bold: "strong", italic: "em" };

/**
 * Renders rationale Tiptap JSON to HTML by walking the JSON: only the rationale schema's nodes
 * and marks, every text escaped, links only http(s)/mailto with rel="noopener noreferrer".
 * Unknown nodes keep their text and lose their markup.
 */
export function rationaleToHtml(doc: DocNodeJSON | null | undefined): string {
  return doc ? renderChildren(doc) : "";
}

function renderChildren(node: DocNodeJSON): string {
  return (node.content ?? []).map(renderNode).join("");
}

function renderNode(node: DocNodeJSON): string {
  if (node.type === "text") return renderText(node);
  if (node.type === "hardBreak") return "<br>";
  const tag = BLOCKS[node.type];
  const inner = renderChildren(node);
  return tag ? `<${tag}>${inner}</${tag}>` : inner;
}

function renderText(node: DocNodeJSON): string {
  let html = escapeHtml(node.text ?? "");
  for (const mark of node.marks ?? []) {
    const tag = MARKS[mark.type];
    if (tag) html = `<${tag}>${html}</${tag}>`;
    else if (mark.type === "link") {
      const href = safeLink(typeof mark.attrs?.href === "string" ? mark.attrs.href : null);
      if (href) html = `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${html}</a>`;
    }
  }
  return html;
}

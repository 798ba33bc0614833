import type { DocNodeJSON } from "@/lib/editor/doc-schema";

/**
 * The rationale as plain text: paragraphs and list items on their own lines (list items with
 * "• " or "1. "), links followed by their address in brackets.
 */
export function rationaleToText(doc: DocNodeJSON | null | undefined): string {
  if (!doc) return "";
  return blocks(doc, "").join("\n").trim();
}

function blocks(node: DocNodeJSON, indent: string): string[] {
  const lines: string[] = [];
  for (const child of node.content ?? []) {
    if (child.type === "paragraph") lines.push(indent + inline(child));
    else if (child.type === "bulletList" || child.type === "orderedList") {
      (child.content ?? []).forEach((item, index) => {
        const bullet = child.type === "bulletList" ? "• " : `${index + 1}. `;
        const [first = "", ...rest] = blocks(item, indent + "   ");
        lines.push(indent + bullet + first.trimStart(), ...rest);
      });
    } else if (child.type === "text") lines.push(indent + inline({ type: "paragraph", content: [child] }));
    else lines.push(...blocks(child, indent));
  }
  return lines;
}

function inline(node: DocNodeJSON): string {
  return (node.content ?? [])
    .map((child) => {
      if (child.type === "hardBreak") return "\n";
      const text = child.text ?? inline(child);
      const link = child.marks?.find((mark) => mark.type === "link");
      const href = typeof link?.attrs?.href === "string" ? link.attrs.href : null;
      return href && href !== text ? `${text} (${href})` : text;
    })
    .join("");
}

const EXCERPT = 140;

/** The plain text of a stored rich-text document (Tiptap JSON), paragraphs joined by spaces. */
export function docText(doc: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== "object") return;
    const { text, content } = node as { text?: unknown; content?: unknown };
    if (typeof text === "string") parts.push(text);
    if (Array.isArray(content)) {
      content.forEach(walk);
      parts.push(" ");
    }
  };
  walk(doc);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/** "+4 words, −2 words: “…new text…”" for a rationale edit (rich text is stored whole). */
export function summarizeTextChange(before: unknown, after: unknown): string {
  const [from, to] = [words(docText(before)), words(docText(after))];
  const counts = new Map<string, number>();
  for (const word of from) counts.set(word, (counts.get(word) ?? 0) + 1);
  let added = 0;
  for (const word of to) {
    const left = counts.get(word) ?? 0;
    if (left > 0) counts.set(word, left - 1);
    else added++;
  }
  const removed = [...counts.values()].reduce((sum, left) => sum + left, 0);
  const change = [added ? `+${added} ${added === 1 ? "word" : "words"}` : "", removed ? `−${removed} ${removed === 1 ? "word" : "words"}` : ""]
    .filter(Boolean)
    .join(", ");
  const text = docText(after);
  const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
  return [change || "Formatting only", excerpt ? `“${excerpt}”` : ""].filter(Boolean).join(": ");
}

function words(text: string) {
  return text.toLowerCase().split(/\s+/).filter(Boolean);
}

import { marked } from "marked";

/** Converts Markdown to HTML; raw HTML inside it is left for sanitizeHtml to deal with. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false, gfm: true });
}

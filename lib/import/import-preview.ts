import "server-only";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import { docPlainText } from "@/lib/editor/doc-plain-text";
import { plainTextToDoc } from "@/lib/editor/plain-text-to-doc";
import { cleanArticleDoc } from "./clean-article-doc";
import { findHtmlMetadata, type HtmlMetadata } from "./find-html-metadata";
import { htmlToArticleDoc } from "./html-to-article-doc";
import { ImportError } from "./import-error";

export interface ImportPreview {
  /** The sanitized document, in the editor schema; the client sends it back to save. */
  doc: DocNodeJSON;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  sourceUrl: string | null;
  /** The first blocks' text, to show what will be imported. */
  excerpt: { heading: boolean; text: string }[];
  /** Length of the whole plain text, in characters. */
  length: number;
}

const EXCERPT_BLOCKS = 4;
const EXCERPT_CHARS = 400;

/**
 * Turns imported HTML (or plain text) into what the new-article form shows and later saves:
 * the sanitized document, metadata found in it (found wins over guessed), and an excerpt.
 */
export function importPreview(
  source: { html: string } | { text: string },
  found: Partial<HtmlMetadata> & { sourceUrl?: string | null } = {},
): ImportPreview {
  const guessed: Partial<HtmlMetadata> = "html" in source ? findHtmlMetadata(source.html) : {};
  const title = found.title ?? guessed.title ?? null;
  const doc = "html" in source ? htmlToArticleDoc(source.html) : cleanArticleDoc(plainTextToDoc(source.text));
  const json = doc.toJSON() as DocNodeJSON;
  const blocks = json.content ?? [];
  // The title is shown above the article; a first heading repeating it would show it twice.
  const first = doc.firstChild;
  if (title && first?.type.name === "heading" && first.textContent.trim() === title && blocks.length > 1) blocks.shift();
  const cleaned = cleanArticleDoc({ type: "doc", content: blocks });
  const plainText = docPlainText(cleaned);
  if (!plainText.trim()) throw new ImportError("NO_ARTICLE", "There is no text to import in that.");
  const excerpt: ImportPreview["excerpt"] = [];
  cleaned.descendants((block) => {
    if (excerpt.length >= EXCERPT_BLOCKS) return false;
    if (!block.isTextblock) return true;
    const text = block.textContent.trim();
    if (text) excerpt.push({ heading: block.type.name === "heading", text: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text });
    return false;
  });
  return {
    // ProseMirror's attrs have a null prototype, which server actions refuse to serialize.
    doc: JSON.parse(JSON.stringify(cleaned.toJSON())) as DocNodeJSON,
    title: title?.slice(0, 300) ?? null,
    byline: (found.byline ?? guessed.byline ?? null)?.slice(0, 300) ?? null,
    publishedAt: found.publishedAt ?? guessed.publishedAt ?? null,
    sourceUrl: found.sourceUrl ?? null,
    excerpt,
    length: plainText.length,
  };
}

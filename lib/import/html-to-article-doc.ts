import "server-only";
import { DOMParser as PMDOMParser, type Node as PMNode } from "@tiptap/pm/model";
import { articleSchema } from "@/lib/editor/article-schema";
import { cleanArticleDoc } from "./clean-article-doc";
import { sanitizeHtml } from "./sanitize-html";

/**
 * The one way HTML becomes an article: sanitized, parsed into the editor schema (anything it
 * does not know is dropped), cleaned and validated. The HTML itself is never kept.
 */
export function htmlToArticleDoc(html: string): PMNode {
  const fragment = sanitizeHtml(html);
  const parsed = PMDOMParser.fromSchema(articleSchema()).parse(fragment as unknown as Node);
  return cleanArticleDoc(parsed.toJSON());
}

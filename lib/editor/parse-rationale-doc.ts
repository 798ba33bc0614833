import { getSchema } from "@tiptap/core";
import type { Node as PMNode, Schema } from "@tiptap/pm/model";
import { docNodeSchema, type DocNodeJSON } from "./doc-schema";
import { InvalidDocumentError } from "./parse-article-doc";
import { RATIONALE_LINK_PROTOCOLS, rationaleExtensions } from "./rationale-extensions";

export const MAX_RATIONALE_JSON_CHARS = 100_000;

const ALLOWED_PROTOCOLS = new Set(RATIONALE_LINK_PROTOCOLS.map((protocol) => `${protocol}:`));

let schema: Schema | undefined;

/**
 * Validates untrusted rationale JSON against the rationale schema and returns the ProseMirror
 * node. Unknown node or mark types are refused, links must be http(s) or mailto, and link
 * attributes other than href and title are reset, so nothing active is ever stored.
 */
export function parseRationaleDoc(json: unknown): PMNode {
  if (JSON.stringify(json ?? null).length > MAX_RATIONALE_JSON_CHARS) {
    throw new InvalidDocumentError(`The rationale is too long (over ${MAX_RATIONALE_JSON_CHARS.toLocaleString("en")} characters of content).`);
  }
  const shape = docNodeSchema.safeParse(json);
  if (!shape.success || shape.data.type !== "doc") throw new InvalidDocumentError("The rationale is malformed.");
  const cleaned = cleanLinks(shape.data);
  schema ??= getSchema(rationaleExtensions);
  try {
    const node = schema.nodeFromJSON(cleaned);
    node.check();
    return node;
  } catch (error) {
    throw new InvalidDocumentError(`The rationale does not fit the editor: ${(error as Error).message}`);
  }
}

// ProseMirror accepts any string as a mark attribute, so the link rules are enforced here.
function cleanLinks(node: DocNodeJSON): DocNodeJSON {
  return {
    ...node,
    marks: node.marks?.map((mark) => (mark.type === "link" ? { type: "link", attrs: linkAttrs(mark.attrs) } : mark)),
    content: node.content?.map(cleanLinks),
  };
}

function linkAttrs(attrs: Record<string, unknown> = {}) {
  const href = typeof attrs.href === "string" ? attrs.href.trim() : "";
  const url = URL.canParse(href) ? new URL(href) : null;
  if (!url || !ALLOWED_PROTOCOLS.has(url.protocol)) {
    throw new InvalidDocumentError("Links in a rationale must start with http://, https:// or mailto:.");
  }
  const title = typeof attrs.title === "string" ? attrs.title.slice(0, 500) : null;
  return { href: url.href, title, target: "_blank", rel: "noopener noreferrer nofollow", class: null };
}

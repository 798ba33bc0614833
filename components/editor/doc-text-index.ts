import type { Node as PMNode } from "@tiptap/pm/model";
import { codePointMap } from "@/lib/editor/code-point-map";
import { buildTextIndex, type TextIndex } from "@/lib/editor/text-index";

interface DocTextIndex {
  index: TextIndex;
  map: ReturnType<typeof codePointMap>;
}

// Building the index walks the whole document. Keyed by the immutable document node, one index
// serves every decoration plugin (claim highlights, suggestion marks) until the text changes.
const indexes = new WeakMap<PMNode, DocTextIndex>();

/** The document's plain-text index and code-point map, built once per document version. */
export function docTextIndex(doc: PMNode): DocTextIndex {
  let cached = indexes.get(doc);
  if (!cached) {
    const index = buildTextIndex(doc);
    cached = { index, map: codePointMap(index.text) };
    indexes.set(doc, cached);
  }
  return cached;
}

import type { Editor } from "@tiptap/core";
import { describeSelection } from "@/lib/anchoring";
import type { ClaimAnchor } from "@/lib/claims/types";
import { buildTextIndex } from "@/lib/editor/text-index";

/**
 * The browser's current text selection inside the article, as a claim anchor (code points of
 * the plain text), or null when nothing in the article is selected. Reads the DOM selection
 * because a read-only editor does not track it in its own state.
 */
export function selectionAnchor(editor: Editor): ClaimAnchor | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const root = editor.view.dom;
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  let from: number;
  let to: number;
  try {
    from = editor.view.posAtDOM(range.startContainer, range.startOffset);
    to = editor.view.posAtDOM(range.endContainer, range.endOffset);
  } catch {
    return null;
  }
  const index = buildTextIndex(editor.state.doc);
  let start = index.toOffset(Math.min(from, to));
  let end = index.toOffset(Math.max(from, to));
  // Leading and trailing whitespace is never part of what a claim says.
  while (start < end && /\s/.test(index.text[start])) start++;
  while (end > start && /\s/.test(index.text[end - 1])) end--;
  if (start >= end) return null;
  const { quote, position } = describeSelection(index.text, start, end);
  if (!position) return null;
  return { exact: quote.exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? "", start: position.start, end: position.end };
}

"use client";

import type { Editor } from "@tiptap/core";
import { EditorContent, useEditor } from "@tiptap/react";
import { memo, useEffect, useMemo, useRef } from "react";
import {
  ClaimHighlights,
  setHighlights,
  setSelectedHighlight,
  type HighlightClaim,
} from "@/components/editor/claim-highlights-extension";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import { articleExtensions } from "@/lib/editor/extensions";

interface ArticleEditorProps {
  content: DocNodeJSON;
  label: string;
  editable: boolean;
  highlights: HighlightClaim[];
  selectedId: string | null;
  onClaimClick(id: string): void;
  /** The pointer entered a claim's highlight (its id) or left it (null). */
  onClaimHover(id: string | null): void;
  onEditor(editor: Editor | null): void;
}

/**
 * The article in Tiptap with claim highlights; editable only in "edit text" mode. Memoized: a
 * claim saved from the panel re-renders the page, and the article has nothing to redo then.
 */
export const ArticleEditor = memo(function ArticleEditor({ content, label, editable, highlights, selectedId, onClaimClick, onClaimHover, onEditor }: ArticleEditorProps) {
  // The first render already carries the highlights; later changes are dispatched below.
  const drawn = useRef({ highlights, selectedId });
  const extensions = useMemo(
    () => [...articleExtensions, ClaimHighlights.configure({ onClaimClick, onClaimHover, initial: { claims: drawn.current.highlights, selectedId: drawn.current.selectedId } })],
    [onClaimClick, onClaimHover],
  );
  const editor = useEditor(
    {
      extensions,
      content,
      editable: false,
      immediatelyRender: false,
      editorProps: {
        attributes: {
          "aria-label": label,
          role: "article",
          class: "prose prose-lg max-w-none font-serif text-ink dark:prose-invert prose-p:leading-relaxed focus:outline-none",
        },
      },
    },
    [extensions],
  );

  useEffect(() => {
    onEditor(editor);
  }, [editor, onEditor]);

  useEffect(() => {
    editor?.setEditable(editable);
  }, [editor, editable]);

  useEffect(() => {
    if (!editor) return;
    const previous = drawn.current;
    drawn.current = { highlights, selectedId };
    if (previous.highlights !== highlights) editor.view.dispatch(setHighlights(editor.state.tr, highlights, selectedId));
    else if (previous.selectedId !== selectedId) editor.view.dispatch(setSelectedHighlight(editor.state.tr, selectedId));
  }, [editor, highlights, selectedId]);

  if (!editor) {
    return (
      <div role="status" className="space-y-3" aria-label="Loading article text">
        {Array.from({ length: 8 }, (_, index) => (
          <div key={index} className="h-4 animate-pulse rounded bg-subtle" style={{ width: `${92 - index * 6}%` }} />
        ))}
      </div>
    );
  }
  return <EditorContent editor={editor} className="article-body" />;
});

"use client";

import { createDocument, type Editor } from "@tiptap/core";
import { redoDepth, undoDepth } from "@tiptap/pm/history";
import { EditorState } from "@tiptap/pm/state";
import { EditorContent, useEditor } from "@tiptap/react";
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import { rationaleExtensions } from "@/lib/editor/rationale-extensions";
import { RationaleToolbar } from "./rationale-toolbar";

const PROSE = "prose prose-sm max-w-none text-ink dark:prose-invert prose-p:my-1.5 prose-ul:my-1.5 prose-ol:my-1.5 prose-a:text-accent";

export interface RationaleEditorProps {
  labelId: string;
  /** Whose rationale this is (the claim's id): another key shows another text, with its own undo history. */
  docKey: string | null;
  value: DocNodeJSON | null;
  errors?: string[];
  readOnly: boolean;
  /** Every change, as it is typed: keep it cheap (the panel does not re-render per key). */
  onChange(value: DocNodeJSON | null): void;
  onBlur(): void;
}

/**
 * Why the verdict: a small rich-text editor, or the same text read-only for viewers. One editor
 * serves every claim the panel shows: switching claims swaps its document (and undo history)
 * instead of building a new editor. Memoized, and its Tiptap options stay the same objects, so a
 * render of the panel neither re-renders it nor makes Tiptap reconfigure the view.
 */
export const RationaleEditor = memo(function RationaleEditor(props: RationaleEditorProps) {
  const { labelId, docKey, value, errors, readOnly } = props;
  // Updated before the document is swapped below (both before paint): a key typed right after a
  // switch always reaches the claim now shown.
  const callbacks = useRef(props);
  useLayoutEffect(() => {
    callbacks.current = props;
  });
  const errorId = `${labelId}-error`;
  const invalid = Boolean(errors?.length);
  // Tiptap compares its options by identity on every render and reconfigures the view when one
  // differs, so the initial content and the attributes only change when they must.
  const [initialContent] = useState(() => value ?? "");
  const editorProps = useMemo(
    () => ({
      attributes: {
        "aria-labelledby": labelId,
        ...(readOnly ? {} : { role: "textbox", "aria-multiline": "true" }),
        ...(invalid ? { "aria-invalid": "true", "aria-describedby": errorId } : {}),
        class: cn(PROSE, "focus:outline-none", !readOnly && "min-h-24 px-3 py-2"),
      },
    }),
    [labelId, readOnly, invalid, errorId],
  );

  const editor = useEditor({
    extensions: rationaleExtensions,
    content: initialContent,
    editable: !readOnly,
    // Rendering waits for the browser so server and client markup never disagree.
    immediatelyRender: false,
    editorProps,
    onUpdate: ({ editor: current }) => callbacks.current.onChange(current.isEmpty ? null : (current.getJSON() as DocNodeJSON)),
    onBlur: () => callbacks.current.onBlur(),
  });

  // The document shown belongs to `shownKey`. Another claim: its text replaces the document (edits
  // to the previous claim already went to that claim's queue, key by key). The same claim with a
  // newer rationale from outside (their version after a conflict): replaced too, but never while
  // the user is typing: the server's copy of their own text (links re-serialized) would move the cursor.
  // Before the browser paints, so a claim's panel never shows the previous claim's text for a frame.
  // While the next claim's details load (no key) the editor is hidden and keeps its document, so
  // coming back to the same claim needs no swap at all.
  const shownKey = useRef(docKey);
  useLayoutEffect(() => {
    if (!editor || editor.isDestroyed || docKey === null) return;
    if (shownKey.current !== docKey) {
      shownKey.current = docKey;
      replaceDocument(editor, value);
      return;
    }
    if (editor.isFocused) return;
    const shown = editor.isEmpty ? null : editor.getJSON();
    if (JSON.stringify(shown) === JSON.stringify(value)) return;
    editor.commands.setContent(value ?? "", { emitUpdate: false });
  }, [editor, docKey, value]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  if (readOnly && !value) return <p className="text-sm text-muted">No rationale yet.</p>;
  return (
    <div
      className={cn(
        !readOnly &&
          "rounded-md border border-line bg-surface focus-within:border-accent focus-within:ring-2 focus-within:ring-accent/30",
        !readOnly && invalid && "border-danger",
      )}
    >
      {!readOnly && editor ? <RationaleToolbar editor={editor} /> : null}
      {editor ? (
        <EditorContent editor={editor} />
      ) : (
        <div aria-hidden className={cn("h-24 animate-pulse rounded-md bg-subtle", readOnly && "h-10")} />
      )}
    </div>
  );
});

/**
 * Shows another claim's rationale in the same editor. Neither step counts as an edit: no update
 * event, nothing saved, nothing to undo. When the previous claim was edited, its undo history is
 * dropped with a fresh editor state (so undo cannot bring back the other claim's text); that
 * reconfigures the view's plugins, so it is skipped when there is no history to drop.
 */
function replaceDocument(editor: Editor, value: DocNodeJSON | null) {
  const { state } = editor;
  if (undoDepth(state) === 0 && redoDepth(state) === 0) {
    editor.chain().setMeta("addToHistory", false).setContent(value ?? "", { emitUpdate: false }).run();
    return;
  }
  const doc = createDocument(value ?? "", state.schema);
  editor.view.updateState(EditorState.create({ schema: state.schema, doc, plugins: state.plugins }));
  // An empty transaction, so the toolbar reads the new state.
  editor.view.dispatch(editor.state.tr.setMeta("addToHistory", false).setMeta("preventUpdate", true));
}

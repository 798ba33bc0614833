"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { cn } from "@/components/ui/cn";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import { rationaleExtensions } from "@/lib/editor/rationale-extensions";
import { RationaleToolbar } from "./rationale-toolbar";

const PROSE = "prose prose-sm max-w-none text-ink dark:prose-invert prose-p:my-1.5 prose-ul:my-1.5 prose-ol:my-1.5 prose-a:text-accent";

/** Why the verdict: a small rich-text editor, or the same text read-only for viewers. */
export function RationaleEditor(props: {
  labelId: string;
  value: DocNodeJSON | null;
  errors?: string[];
  readOnly: boolean;
  onChange(value: DocNodeJSON | null): void;
  onBlur(): void;
}) {
  const { labelId, value, errors, readOnly } = props;
  const callbacks = useRef(props);
  useEffect(() => {
    callbacks.current = props;
  });
  const errorId = `${labelId}-error`;

  const editor = useEditor({
    extensions: rationaleExtensions,
    content: value ?? "",
    editable: !readOnly,
    // Rendering waits for the browser so server and client markup never disagree.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        "aria-labelledby": labelId,
        ...(readOnly ? {} : { role: "textbox", "aria-multiline": "true" }),
        ...(errors?.length ? { "aria-invalid": "true", "aria-describedby": errorId } : {}),
        class: cn(PROSE, "focus:outline-none", !readOnly && "min-h-24 px-3 py-2"),
      },
    },
    onUpdate: ({ editor: current }) => callbacks.current.onChange(current.isEmpty ? null : (current.getJSON() as DocNodeJSON)),
    onBlur: () => callbacks.current.onBlur(),
  });

  // A newer rationale from outside (their version after a conflict) replaces the text. Never while
  // the user is typing: the server's copy of their own text (links re-serialized) would move the cursor.
  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isFocused) return;
    const shown = editor.isEmpty ? null : editor.getJSON();
    if (JSON.stringify(shown) === JSON.stringify(value)) return;
    editor.commands.setContent(value ?? "", { emitUpdate: false });
  }, [editor, value]);

  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.setEditable(!readOnly, false);
  }, [editor, readOnly]);

  if (readOnly && !value) return <p className="text-sm text-muted">No rationale yet.</p>;
  return (
    <div
      className={cn(
        !readOnly &&
          "rounded-md border border-line bg-surface focus-within:border-accent focus-within:ring-2 focus-within:ring-accent/30",
        !readOnly && errors?.length && "border-danger",
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
}

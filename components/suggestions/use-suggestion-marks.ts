"use client";

import type { Editor } from "@tiptap/core";
import { useEffect, useRef } from "react";
import { registerSuggestionMarks, setSuggestionMarks, type SuggestionMark } from "@/components/editor/suggestion-marks-extension";

/** Keeps the editor's suggestion marks in step with `marks`, and reports clicks on them. */
export function useSuggestionMarks(editor: Editor | null, marks: SuggestionMark[], activeId: string | null, onClick: (id: string) => void) {
  // The click handler is read through a ref, so a new callback does not re-register the plugin.
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    return registerSuggestionMarks(editor, (id) => clickRef.current(id));
  }, [editor]);

  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    editor.view.dispatch(setSuggestionMarks(editor.state.tr, marks, activeId));
  }, [editor, marks, activeId]);
}

"use client";

import { useEffect } from "react";

/** Ctrl/Cmd+Shift+H anywhere on the page marks the current selection as a claim. */
export function useMarkClaimShortcut(onMark: () => void, enabled: boolean) {
  useEffect(() => {
    if (!enabled) return;
    function onKeyDown(event: KeyboardEvent) {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === "h") {
        event.preventDefault();
        onMark();
      }
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [onMark, enabled]);
}

"use client";

import { useCallback, useEffect, useRef } from "react";

/** How long the pointer (or focus) rests on a claim before its details are fetched. */
const HOVER_INTENT_MS = 80;

/**
 * Returns `hover(id | null)`: call it with a claim's id when the pointer enters it or it gets
 * focus, and with null when it leaves. A claim still hovered after a short pause is prefetched,
 * so it usually opens complete; moving the pointer across the text fetches nothing.
 */
export function useHoverPrefetch(prefetch: (claimId: string) => void): (claimId: string | null) => void {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const hovered = useRef<string | null>(null);
  const latest = useRef(prefetch);
  useEffect(() => {
    latest.current = prefetch;
  });
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  return useCallback((claimId: string | null) => {
    if (claimId === hovered.current) return;
    hovered.current = claimId;
    if (timer.current) clearTimeout(timer.current);
    timer.current = claimId ? setTimeout(() => latest.current(claimId), HOVER_INTENT_MS) : null;
  }, []);
}

"use client";

import { useCallback, useEffect, useState } from "react";

const POLL_MS = 15_000;

/** The unread count from /api/notifications/unread: on mount, every 15 s, and on window focus. */
export function useUnreadCount(): [number, (count: number) => void, () => void] {
  const [unread, setUnread] = useState(0);
  const refresh = useCallback(async () => {
    try {
      const response = await fetch("/api/notifications/unread", { cache: "no-store" });
      if (!response.ok) return;
      const body = (await response.json()) as { unread?: unknown };
      if (typeof body.unread === "number") setUnread(body.unread);
    } catch {
      // Offline: keep the last count; the next poll tries again.
    }
  }, []);
  useEffect(() => {
    void refresh();
    const timer = setInterval(() => document.visibilityState === "visible" && void refresh(), POLL_MS);
    const onFocus = () => void refresh();
    window.addEventListener("focus", onFocus);
    return () => {
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    };
  }, [refresh]);
  return [unread, setUnread, refresh];
}

"use client";

import { useEffect, useRef, useState } from "react";
import type { DashboardData } from "@/lib/dashboard/types";

/** How often an open, visible dashboard asks whether anything changed. */
export const LIVE_POLL_MS = 2_500;

export type LiveState = "live" | "paused" | "offline";

export interface LiveDashboard {
  data: DashboardData;
  state: LiveState;
  /** When the data last changed (ms since epoch), for "Updated just now". */
  updatedAt: number;
}

/**
 * Keeps the dashboard current by polling its JSON feed with If-None-Match: an unchanged
 * dashboard costs a 304 with no body. Polling rather than a server-sent event stream because it
 * holds no connection open per viewer, survives proxies that buffer streams, and stops by itself
 * when the tab is hidden (it resumes, and checks at once, when the tab comes back).
 */
export function useLiveDashboard(initial: DashboardData, initialEtag: string, feedUrl: string): LiveDashboard {
  const [data, setData] = useState(initial);
  const [state, setState] = useState<LiveState>("live");
  const [updatedAt, setUpdatedAt] = useState(() => Date.now());
  const etag = useRef(initialEtag);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let controller: AbortController | undefined;
    let stopped = false;

    async function check() {
      if (document.visibilityState === "hidden") {
        setState("paused");
        return; // visibilitychange restarts the loop
      }
      controller = new AbortController();
      try {
        const response = await fetch(feedUrl, { headers: { "If-None-Match": etag.current }, cache: "no-store", signal: controller.signal });
        if (response.status === 200) {
          const next = (await response.json()) as DashboardData;
          etag.current = response.headers.get("ETag") ?? "";
          setData(next);
          setUpdatedAt(Date.now());
          setState("live");
        } else {
          setState(response.status === 304 ? "live" : "offline");
        }
      } catch {
        if (stopped) return;
        setState("offline"); // network down or server restarting: keep the last data, try again
      }
      if (!stopped) timer = setTimeout(check, LIVE_POLL_MS);
    }

    function onVisibility() {
      clearTimeout(timer);
      controller?.abort();
      if (document.visibilityState === "visible") void check();
      else setState("paused");
    }

    timer = setTimeout(check, LIVE_POLL_MS);
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      clearTimeout(timer);
      controller?.abort();
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [feedUrl]);

  return { data, state, updatedAt };
}

"use client";

import { useEffect, useState } from "react";
import { cn } from "@/components/ui/cn";
import type { LiveState } from "./use-live-dashboard";

function ago(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 10) return "just now";
  if (seconds < 60) return `${seconds} s ago`;
  const minutes = Math.round(seconds / 60);
  return minutes < 60 ? `${minutes} min ago` : `${Math.round(minutes / 60)} h ago`;
}

const DOT: Record<LiveState, string> = { live: "bg-success", paused: "bg-muted", offline: "bg-danger" };

/** "Live · updated just now": whether the dashboard is following changes, and how fresh it is. */
export function LiveIndicator({ state, updatedAt }: { state: LiveState; updatedAt: number }) {
  const [now, setNow] = useState(updatedAt);
  useEffect(() => {
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, [updatedAt]);
  const label = state === "live" ? "Live" : state === "paused" ? "Paused while hidden" : "Reconnecting";
  return (
    <p className="flex items-center gap-2 text-xs text-muted" data-testid="live-indicator">
      <span aria-hidden className={cn("relative inline-flex size-2 rounded-full", DOT[state])}>
        {state === "live" ? <span className="absolute inset-0 animate-ping rounded-full bg-success opacity-40 motion-reduce:hidden" /> : null}
      </span>
      {/* Only the state is announced; the ticking "updated … ago" would be noise. */}
      <span role="status">{label}</span>
      <span aria-hidden>·</span>
      <span>updated {ago(Math.max(0, now - updatedAt))}</span>
    </p>
  );
}

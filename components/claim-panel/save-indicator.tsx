"use client";

import { AlertCircle, Check, CloudOff, Loader2, PenLine } from "lucide-react";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { SaveQueueState } from "./claim-save-queue";
import { saveStatus, type SaveStatusKind } from "./save-status";

const ICONS: Record<SaveStatusKind, typeof Check> = {
  saved: Check,
  saving: Loader2,
  refreshing: Loader2,
  unsaved: PenLine,
  retrying: CloudOff,
  conflict: AlertCircle,
};

/** The panel's save state. Only the state itself is announced; the countdown ticks silently. */
export function SaveIndicator({ state, onRetryNow }: { state: SaveQueueState; onRetryNow(): void }) {
  const { kind, label } = saveStatus(state);
  const seconds = useCountdown(state.retryAt);
  const Icon = ICONS[kind];
  const alarming = kind === "retrying" || kind === "conflict";
  return (
    <div className="flex min-w-0 items-center gap-2 text-xs">
      <span role="status" title={kind === "retrying" ? (state.error ?? undefined) : undefined} className={cn("flex items-center gap-1", alarming ? "text-danger" : "text-muted")}>
        <Icon aria-hidden className={cn("size-3.5 shrink-0", (kind === "saving" || kind === "refreshing") && "animate-spin")} />
        {label}
      </span>
      {kind === "retrying" ? (
        <>
          <span aria-hidden className="text-danger">
            — retrying in {seconds}s
          </span>
          <Button size="sm" variant="ghost" className="h-6 px-1.5 text-xs underline" onClick={onRetryNow}>
            Retry now
          </Button>
        </>
      ) : null}
    </div>
  );
}

function useCountdown(until: number | null) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [until]);
  return until === null ? 0 : Math.max(0, Math.ceil((until - now) / 1000));
}

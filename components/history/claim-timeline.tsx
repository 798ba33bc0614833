"use client";

import { ChevronRight } from "lucide-react";
import { useEffect, useId, useState } from "react";
import { SECTION_LABEL } from "@/components/claim-panel/panel-section";
import { Button } from "@/components/ui/button";
import type { RatingLabelDTO } from "@/lib/claims/types";
import { getClaimHistoryAction } from "@/lib/history/actions";
import type { ClaimHistoryEntry } from "@/lib/history/types";
import { describeEvent } from "./describe-event";
import { EventTime } from "./event-time";

interface ClaimTimelineProps {
  workspaceSlug: string;
  claimId: string;
  /** The claim's version: the history reloads whenever it changes. */
  version: number;
  /** Bumped by the comment thread after a post or delete (they do not change the version). */
  refreshKey?: number;
  /** To name verdicts recorded by id only. */
  ratingScale?: readonly RatingLabelDTO[];
  defaultOpen?: boolean;
}

type Load = { status: "loading" } | { status: "failed"; error: string } | { status: "loaded"; entries: ClaimHistoryEntry[] };

/** The claim's recorded history, oldest first, behind a "History (n)" disclosure. */
export function ClaimTimeline({ workspaceSlug, claimId, version, refreshKey = 0, ratingScale = [], defaultOpen = false }: ClaimTimelineProps) {
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    getClaimHistoryAction({ workspaceSlug, claimId }).then(
      (result) => {
        if (!current) return;
        setLoad(result.ok ? { status: "loaded", entries: result.data } : { status: "failed", error: result.error });
      },
      () => current && setLoad({ status: "failed", error: "The history could not be loaded. Check your connection." }),
    );
    return () => {
      current = false;
    };
  }, [workspaceSlug, claimId, version, refreshKey, attempt]);

  const count = load.status === "loaded" ? ` (${load.entries.length})` : "";
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h3 id={`${id}-heading`} className={SECTION_LABEL}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
          className="-mx-1 inline-flex items-center gap-1 rounded px-1 uppercase tracking-wide hover:text-ink focus-visible:outline-2 focus-visible:outline-accent"
        >
          <ChevronRight aria-hidden className={`size-3.5 transition-transform ${open ? "rotate-90" : ""}`} />
          History{count}
        </button>
      </h3>
      <div id={`${id}-body`} hidden={!open}>
        {load.status === "loading" ? <p className="text-sm text-muted">Loading history…</p> : null}
        {load.status === "failed" ? (
          <div role="alert" className="flex items-center justify-between gap-2 text-sm text-danger">
            <span>{load.error}</span>
            <Button size="sm" variant="secondary" onClick={() => setAttempt(attempt + 1)}>
              Retry
            </Button>
          </div>
        ) : null}
        {load.status === "loaded" ? <Entries entries={load.entries} ratingScale={ratingScale} /> : null}
      </div>
    </section>
  );
}

function Entries({ entries, ratingScale }: { entries: ClaimHistoryEntry[]; ratingScale: readonly RatingLabelDTO[] }) {
  if (entries.length === 0) return <p className="text-sm text-muted">No changes recorded yet.</p>;
  return (
    <ol aria-label="Claim history" className="ml-1.5 border-l border-line">
      {entries.map((entry) => {
        const { sentence, detail } = describeEvent(entry, ratingScale);
        return (
          <li key={entry.id} data-event-kind={entry.kind} className="relative pb-3 pl-4 last:pb-0">
            <span aria-hidden className="absolute top-1.5 -left-[4.5px] size-2 rounded-full border border-surface bg-muted" />
            <p className="text-sm leading-snug text-ink">{sentence}</p>
            {detail ? <p className="mt-0.5 line-clamp-3 text-sm break-words text-muted">{detail}</p> : null}
            <EventTime iso={entry.createdAt} />
          </li>
        );
      })}
    </ol>
  );
}

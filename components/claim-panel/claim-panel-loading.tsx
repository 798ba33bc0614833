"use client";

import { useId } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ClaimSummaryDTO, RatingLabelDTO } from "@/lib/claims/types";
import { ClaimPanelHeader } from "./claim-panel-header";
import { SECTION_LABEL } from "./panel-section";
import { VerdictField } from "./verdict-field";

/**
 * The panel of a claim whose details are still on their way: what the page already knows (quote,
 * verdict) at once, placeholders for the rest, or the reason loading failed with a retry.
 */
export function ClaimPanelLoading(props: { summary: ClaimSummaryDTO; ratingScale: RatingLabelDTO[]; error?: string; onRetry(): void; onClose(): void }) {
  const { summary, ratingScale, error, onRetry, onClose } = props;
  const id = useId();
  return (
    <section
      aria-labelledby={`${id}-heading`}
      aria-busy={error ? undefined : "true"}
      className="flex h-full w-full max-w-[420px] flex-col overflow-y-auto border-l border-line bg-surface text-ink"
    >
      <ClaimPanelHeader
        headingId={`${id}-heading`}
        // Same height as the save state it gives way to, so nothing jumps when the details arrive.
        saveState={<p className="text-xs text-muted">{error ? "Not loaded" : "Loading…"}</p>}
        deleteButton={null}
        onClose={onClose}
      />
      <div className="space-y-6 px-4 py-4">
        {error ? (
          <Alert>
            <span className="flex items-center justify-between gap-2">
              Couldn’t load this claim: {error}
              <Button size="sm" variant="secondary" onClick={onRetry}>
                Try again
              </Button>
            </span>
          </Alert>
        ) : null}
        <figure className="space-y-2">
          <figcaption className={SECTION_LABEL}>Quoted in the article</figcaption>
          <blockquote className="border-l-4 border-accent/60 pl-3 font-serif text-base leading-relaxed text-ink">{summary.exact}</blockquote>
        </figure>
        <VerdictField id={`${id}-verdict`} scale={ratingScale} value={summary.ratingLabelId} readOnly onChange={() => {}} />
        {error ? null : (
          <div aria-hidden className="space-y-3">
            <div className="h-4 w-24 animate-pulse rounded bg-subtle" />
            <div className="h-24 animate-pulse rounded-md bg-subtle" />
            <div className="h-4 w-20 animate-pulse rounded bg-subtle" />
            <div className="h-16 animate-pulse rounded-md bg-subtle" />
          </div>
        )}
      </div>
    </section>
  );
}

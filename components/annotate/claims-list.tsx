"use client";

import { AlertTriangle } from "lucide-react";
import { memo, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { CLAIM_STATUSES, STATUS_LABELS, type ClaimDTO, type ClaimStatus, type RatingLabelDTO } from "@/lib/claims/types";


interface ClaimsListProps {
  claims: ClaimDTO[];
  scale: RatingLabelDTO[];
  selectedId: string | null;
  onSelect(id: string): void;
}

const ALL = "all";
const NONE = "none";

/**
 * Claims in document order (orphans in their own section), filterable by verdict and status.
 * Arrow keys move between claims, Enter opens one: usable without a mouse.
 */
export function ClaimsList({ claims, scale, selectedId, onSelect }: ClaimsListProps) {
  const [verdict, setVerdict] = useState<string>(ALL);
  const [status, setStatus] = useState<ClaimStatus | typeof ALL>(ALL);
  const listRef = useRef<HTMLDivElement>(null);
  const labels = useMemo(() => new Map(scale.map((label) => [label.id, label])), [scale]);

  const visible = claims.filter(
    (claim) =>
      (verdict === ALL || (verdict === NONE ? !claim.ratingLabelId : claim.ratingLabelId === verdict)) &&
      (status === ALL || claim.status === status),
  );
  const anchored = visible.filter((claim) => claim.anchorStatus === "anchored");
  const orphaned = visible.filter((claim) => claim.anchorStatus === "orphaned");

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const buttons = [...(listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-claim-item]") ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = event.key === "ArrowDown" ? Math.min(current + 1, buttons.length - 1) : Math.max(current - 1, 0);
    buttons[next]?.focus();
    event.preventDefault();
  }

  return (
    <section aria-labelledby="claims-heading" className="flex min-h-0 flex-col gap-3">
      <div className="flex items-baseline justify-between">
        <h2 id="claims-heading" className="text-sm font-semibold">
          Claims <span className="font-normal text-muted">({claims.length})</span>
        </h2>
      </div>
      <div className="grid grid-cols-[auto_1fr] items-center gap-x-2 gap-y-1.5">
        <label htmlFor="claims-filter-verdict" className="text-xs text-muted">
          Verdict
        </label>
        <select
            id="claims-filter-verdict"
            value={verdict}
            onChange={(event) => setVerdict(event.target.value)}
            className="h-8 w-full rounded-md border border-line bg-surface px-2 text-sm text-ink"
          >
            <option value={ALL}>All verdicts</option>
            <option value={NONE}>No verdict yet</option>
            {scale.map((label) => (
              <option key={label.id} value={label.id}>
                {label.label}
              </option>
            ))}
          </select>
        <label htmlFor="claims-filter-status" className="text-xs text-muted">
          Status
        </label>
        <select
            id="claims-filter-status"
            value={status}
            onChange={(event) => setStatus(event.target.value as ClaimStatus | typeof ALL)}
            className="h-8 w-full rounded-md border border-line bg-surface px-2 text-sm text-ink"
          >
            <option value={ALL}>All statuses</option>
            {CLAIM_STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
      </div>
      <div ref={listRef} onKeyDown={onKeyDown} className="min-h-0 space-y-3 overflow-y-auto">
        {claims.length === 0 ? (
          <p className="rounded-md border border-dashed border-line p-4 text-sm text-muted">
            No claims yet. Select a sentence in the article and press <strong>Mark as claim</strong> (or{" "}
            <kbd className="rounded border border-line px-1 text-xs">Ctrl</kbd>+<kbd className="rounded border border-line px-1 text-xs">Shift</kbd>+
            <kbd className="rounded border border-line px-1 text-xs">H</kbd>).
          </p>
        ) : visible.length === 0 ? (
          <p className="p-2 text-sm text-muted">No claims match these filters.</p>
        ) : null}
        {anchored.length > 0 ? <ol className="space-y-1" aria-label="Claims in document order">{anchored.map((claim, index) => (
              <ClaimItem key={claim.id} claim={claim} number={index + 1} label={claim.ratingLabelId ? labels.get(claim.ratingLabelId) : undefined} selected={claim.id === selectedId} onSelect={onSelect} />
            ))}</ol> : null}
        {orphaned.length > 0 ? (
          <div className="space-y-1 rounded-md border border-danger/40 p-2">
            <h3 className="flex items-center gap-1.5 px-1 text-xs font-semibold text-danger">
              <AlertTriangle className="size-3.5" aria-hidden /> Lost their place in the text ({orphaned.length})
            </h3>
            <p className="px-1 text-xs text-muted">The text they quoted changed. Open one and re-attach it to new text.</p>
            <ul className="space-y-1">{orphaned.map((claim, index) => (
              <ClaimItem key={claim.id} claim={claim} number={index + 1} label={claim.ratingLabelId ? labels.get(claim.ratingLabelId) : undefined} selected={claim.id === selectedId} onSelect={onSelect} />
            ))}</ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}

interface ClaimItemProps {
  claim: ClaimDTO;
  number: number;
  label: RatingLabelDTO | undefined;
  selected: boolean;
  onSelect(id: string): void;
}

// Memoized: selecting a claim re-renders two items, not the whole list (1,000 on long articles).
const ClaimItem = memo(function ClaimItem({ claim, number, label, selected, onSelect }: ClaimItemProps) {
  return (
    // content-visibility lets the browser skip layout and paint of items scrolled out of view.
    <li className="[contain-intrinsic-size:auto_4rem] [content-visibility:auto]">
      <button
        type="button"
        data-claim-item={claim.id}
        aria-current={selected ? "true" : undefined}
        onClick={() => onSelect(claim.id)}
        className={cn(
          "flex w-full gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-subtle focus-visible:bg-subtle",
          selected && "bg-subtle ring-1 ring-accent",
        )}
      >
        <span className="mt-0.5 w-5 shrink-0 text-right text-xs tabular-nums text-muted">{number}</span>
        <span className="min-w-0 flex-1">
          <span className="line-clamp-2 font-serif text-ink">{claim.normalizedText || claim.exact}</span>
          <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-muted">
            <span className="inline-flex items-center gap-1">
              <span aria-hidden className="inline-block size-2.5 rounded-full" style={{ backgroundColor: label?.color ?? "#8a94a3" }} />
              {label?.label ?? "No verdict"}
            </span>
            <span aria-hidden>·</span>
            <span>{STATUS_LABELS[claim.status]}</span>
            {claim.disputed ? <span className="font-medium text-danger">Disputed</span> : null}
            {claim.sources.length > 0 ? (
              <>
                <span aria-hidden>·</span>
                <span>
                  {claim.sources.length} source{claim.sources.length === 1 ? "" : "s"}
                </span>
              </>
            ) : null}
          </span>
        </span>
      </button>
    </li>
  );
});

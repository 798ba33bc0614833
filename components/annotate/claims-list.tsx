"use client";

import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from "@tanstack/react-virtual";
import { AlertTriangle } from "lucide-react";
import { memo, useCallback, useEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from "react";
import { cn } from "@/components/ui/cn";
import { CLAIM_STATUSES, STATUS_LABELS, type ClaimStatus, type ClaimSummaryDTO, type RatingLabelDTO } from "@/lib/claims/types";

interface ClaimsListProps {
  claims: ClaimSummaryDTO[];
  scale: RatingLabelDTO[];
  selectedId: string | null;
  onSelect(id: string): void;
  /** The pointer or focus rests on a claim (its id) or left it (null). */
  onPrefetch(id: string | null): void;
}

const ALL = "all";
const NONE = "none";
/** Height of an item before it is measured (two lines of quote and one of details). */
const ESTIMATED_ITEM_PX = 68;
const ITEM_GAP_PX = 4;

/**
 * Claims in document order (orphans in their own section), filterable by verdict and status.
 * Arrow keys move between claims, Enter opens one: usable without a mouse. Only the items in
 * view are rendered (a long article has a thousand claims); orphans, always few, are not virtual.
 */
export function ClaimsList({ claims, scale, selectedId, onSelect, onPrefetch }: ClaimsListProps) {
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

  // The focused item stays rendered while scrolled away, so keyboard focus is never dropped.
  const focusedIndex = useRef(-1);
  const rangeExtractor = useCallback((range: Range) => {
    const indexes = defaultRangeExtractor(range);
    const focused = focusedIndex.current;
    if (focused < 0 || focused >= range.count || indexes.includes(focused)) return indexes;
    return [...indexes, focused].sort((a, b) => a - b);
  }, []);
  const virtualizer = useVirtualizer({
    count: anchored.length,
    getScrollElement: () => listRef.current,
    estimateSize: () => ESTIMATED_ITEM_PX,
    getItemKey: (index) => anchored[index].id,
    gap: ITEM_GAP_PX,
    overscan: 6,
    rangeExtractor,
    // Sizes come from the ResizeObserver only: the default first reads offsetHeight, which forces
    // a layout of the whole page (a 20,000-word article) in the middle of React's commit.
    measureElement: (element, entry, instance) => {
      const size = entry?.borderBoxSize?.[0]?.blockSize;
      if (size) return Math.round(size);
      return instance.itemSizeCache.get(instance.options.getItemKey(instance.indexFromElement(element))) ?? ESTIMATED_ITEM_PX;
    },
    // The server renders the first screenful, before the list's height is known.
    initialRect: { width: 256, height: 800 },
  });

  // A claim opened from its highlight comes into view here, once the panel is painted and the
  // page is idle (the list is the secondary view), and only when it is not in view already. One
  // scroll to the offset the list already knows: scrollToIndex would re-check its target over
  // several frames, each reading the list's scroll height, a forced layout of the whole page
  // (about 8 ms on a 1,000-claim article) while the panel's details are coming in.
  useEffect(() => {
    if (!selectedId) return;
    const index = anchored.findIndex((claim) => claim.id === selectedId);
    return whenIdle(() => {
      if (index < 0) itemButton(listRef.current, selectedId)?.scrollIntoView({ block: "nearest" });
      else if (!inView(virtualizer, index)) scrollToCentre(virtualizer, listRef.current, index);
    });
    // Only a new selection scrolls; filtering or saving a claim does not move the list.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== "ArrowDown" && event.key !== "ArrowUp") return;
    const order = [...anchored, ...orphaned];
    const focusedId = (document.activeElement as HTMLElement | null)?.getAttribute("data-claim-item");
    const current = order.findIndex((claim) => claim.id === focusedId);
    const next = event.key === "ArrowDown" ? Math.min(current + 1, order.length - 1) : Math.max(current - 1, 0);
    event.preventDefault();
    if (!order[next]) return;
    if (next < anchored.length) {
      focusedIndex.current = next;
      virtualizer.scrollToIndex(next, { align: "auto" });
    }
    focusWhenRendered(listRef.current, order[next].id);
  }

  function onFocus(event: FocusEvent<HTMLDivElement>) {
    const id = event.target.getAttribute("data-claim-item");
    focusedIndex.current = id ? anchored.findIndex((claim) => claim.id === id) : -1;
    if (id) onPrefetch(id);
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
      <div ref={listRef} onKeyDown={onKeyDown} onFocus={onFocus} className="min-h-0 space-y-3 overflow-y-auto">
        {claims.length === 0 ? (
          <p className="rounded-md border border-dashed border-line p-4 text-sm text-muted">
            No claims yet. Select a sentence in the article and press <strong>Mark as claim</strong> (or{" "}
            <kbd className="rounded border border-line px-1 text-xs">Ctrl</kbd>+<kbd className="rounded border border-line px-1 text-xs">Shift</kbd>+
            <kbd className="rounded border border-line px-1 text-xs">H</kbd>).
          </p>
        ) : visible.length === 0 ? (
          <p className="p-2 text-sm text-muted">No claims match these filters.</p>
        ) : null}
        {anchored.length > 0 ? (
          <ol className="relative" aria-label="Claims in document order" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const claim = anchored[item.index];
              return (
                <ClaimItem
                  key={claim.id}
                  ref={virtualizer.measureElement}
                  index={item.index}
                  setSize={anchored.length}
                  top={item.start}
                  claim={claim}
                  number={item.index + 1}
                  label={claim.ratingLabelId ? labels.get(claim.ratingLabelId) : undefined}
                  selected={claim.id === selectedId}
                  onSelect={onSelect}
                  onPrefetch={onPrefetch}
                />
              );
            })}
          </ol>
        ) : null}
        {orphaned.length > 0 ? (
          <div className="space-y-1 rounded-md border border-danger/40 p-2">
            <h3 className="flex items-center gap-1.5 px-1 text-xs font-semibold text-danger">
              <AlertTriangle className="size-3.5" aria-hidden /> Lost their place in the text ({orphaned.length})
            </h3>
            <p className="px-1 text-xs text-muted">The text they quoted changed. Open one and re-attach it to new text.</p>
            <ul className="space-y-1">{orphaned.map((claim, index) => (
              <ClaimItem key={claim.id} claim={claim} number={index + 1} label={claim.ratingLabelId ? labels.get(claim.ratingLabelId) : undefined} selected={claim.id === selectedId} onSelect={onSelect} onPrefetch={onPrefetch} />
            ))}</ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}

interface ClaimItemProps {
  claim: ClaimSummaryDTO;
  number: number;
  label: RatingLabelDTO | undefined;
  selected: boolean;
  onSelect(id: string): void;
  onPrefetch(id: string | null): void;
  /** Virtual items: measured through `ref`, placed at `top`, their place in the whole list announced. */
  ref?: (element: HTMLLIElement | null) => void;
  index?: number;
  setSize?: number;
  top?: number;
}

// Memoized: selecting a claim re-renders two items, not every item in view.
const ClaimItem = memo(function ClaimItem({ claim, number, label, selected, onSelect, onPrefetch, ref, index, setSize, top }: ClaimItemProps) {
  const virtual = top !== undefined;
  const style: CSSProperties | undefined = virtual ? { position: "absolute", left: 0, right: 0, top: 0, transform: `translateY(${top}px)` } : undefined;
  return (
    <li ref={ref} data-index={index} aria-setsize={setSize} aria-posinset={virtual ? number : undefined} style={style}>
      <button
        type="button"
        data-claim-item={claim.id}
        aria-current={selected ? "true" : undefined}
        onClick={() => onSelect(claim.id)}
        onPointerEnter={() => onPrefetch(claim.id)}
        onPointerLeave={() => onPrefetch(null)}
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
            {claim.sourceCount > 0 ? (
              <>
                <span aria-hidden>·</span>
                <span>
                  {claim.sourceCount} source{claim.sourceCount === 1 ? "" : "s"}
                </span>
              </>
            ) : null}
          </span>
        </span>
      </button>
    </li>
  );
});

function itemButton(list: HTMLElement | null, claimId: string) {
  return list?.querySelector<HTMLButtonElement>(`button[data-claim-item="${CSS.escape(claimId)}"]`) ?? null;
}

/** Focuses a claim's button once the virtual list has rendered it (a frame or two after scrolling). */
function focusWhenRendered(list: HTMLElement | null, claimId: string, framesLeft = 10) {
  const button = itemButton(list, claimId);
  if (button) button.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenRendered(list, claimId, framesLeft - 1));
}

/** Whether item `index` is wholly inside the list's visible area (from the virtualizer's own figures, no layout). */
/** Runs `task` after the next frame once the page is idle (within half a second); returns a cancel. */
function whenIdle(task: () => void): () => void {
  let idle: number | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === "function") idle = requestIdleCallback(task, { timeout: 500 });
    else timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== undefined) cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}

/** Scrolls the list so item `index` sits in the middle, from its known (or estimated) offset. */
function scrollToCentre(virtualizer: Virtualizer<HTMLDivElement, Element>, list: HTMLElement | null, index: number) {
  const item = virtualizer.measurementsCache[index];
  const height = virtualizer.scrollRect?.height ?? 0;
  if (!list || !item) return virtualizer.scrollToIndex(index, { align: "center" });
  list.scrollTop = Math.max(0, item.start - (height - item.size) / 2);
}

function inView(virtualizer: Virtualizer<HTMLDivElement, Element>, index: number) {
  const item = virtualizer.measurementsCache[index];
  const top = virtualizer.scrollOffset ?? 0;
  const height = virtualizer.scrollRect?.height ?? 0;
  return Boolean(item) && item.start >= top && item.end <= top + height;
}

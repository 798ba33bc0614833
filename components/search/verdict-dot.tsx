import type { VerdictChip } from "@/lib/search/types";

/** A verdict as its swatch and name, or "No verdict". */
export function VerdictDot({ verdict }: { verdict: VerdictChip | null }) {
  if (!verdict) return <span className="text-xs text-muted">No verdict</span>;
  return (
    <span className="inline-flex items-center gap-1.5 text-xs font-medium text-ink">
      <span aria-hidden className="size-2.5 shrink-0 rounded-full ring-1 ring-line" style={{ backgroundColor: verdict.color }} />
      {verdict.label}
    </span>
  );
}

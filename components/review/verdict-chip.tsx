import type { RatingLabelDTO } from "@/lib/claims/types";

/** A verdict as its colour swatch and name ("No verdict" when missing). */
export function VerdictChip({ label }: { label: RatingLabelDTO | undefined }) {
  if (!label) return <span className="text-sm text-muted">No verdict</span>;
  return (
    <span className="inline-flex min-w-0 items-center gap-1.5 text-sm text-ink" title={label.description ?? undefined}>
      <span aria-hidden className="size-3 shrink-0 rounded-full ring-1 ring-line" style={{ backgroundColor: label.color }} />
      <span className="truncate">{label.label}</span>
    </span>
  );
}

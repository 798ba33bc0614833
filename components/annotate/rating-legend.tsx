import type { RatingLabelDTO } from "@/lib/claims/types";

/** What each highlight colour means. */
export function RatingLegend({ scale }: { scale: RatingLabelDTO[] }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted" aria-label="Highlight colours">
      {scale.map((label) => (
        <span key={label.id} className="inline-flex items-center gap-1.5">
          <span aria-hidden className="inline-block size-3 rounded-sm border border-black/10" style={{ backgroundColor: label.color }} />
          {label.label}
        </span>
      ))}
      <span className="inline-flex items-center gap-1.5">
        <span aria-hidden className="inline-block size-3 rounded-sm border border-black/10 bg-[#8a94a3]" />
        No verdict yet
      </span>
    </div>
  );
}

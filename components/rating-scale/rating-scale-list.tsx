import type { RatingLabelDTO } from "@/lib/claims/types";

/** The scale read-only: swatch, name, numeric value and description of each rating, in order. */
export function RatingScaleList({ labels }: { labels: RatingLabelDTO[] }) {
  return (
    <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
      {labels.map((label) => (
        <li key={label.id} className="flex items-start gap-3 px-4 py-3">
          <span className="mt-1 size-4 shrink-0 rounded-sm border border-line" style={{ backgroundColor: label.color }} aria-hidden />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <span className="font-medium text-ink">{label.label}</span>
              <span className="text-xs text-muted tabular-nums">
                {label.value === 0 ? "no numeric value" : `value ${label.value}`} · {label.color}
              </span>
            </div>
            {label.description ? <p className="text-sm text-muted">{label.description}</p> : null}
          </div>
        </li>
      ))}
    </ol>
  );
}

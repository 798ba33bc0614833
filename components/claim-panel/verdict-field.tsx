import type { RatingLabelDTO } from "@/lib/claims/types";
import { cn } from "@/components/ui/cn";
import { FieldError, SECTION_LABEL } from "./panel-section";

/**
 * The verdict as native radio buttons (arrow keys move and select, as in any radio group), drawn
 * as rows with the label's colour.
 */
export function VerdictField(props: {
  id: string;
  scale: RatingLabelDTO[];
  value: string | null;
  errors?: string[];
  readOnly: boolean;
  onChange(ratingLabelId: string | null): void;
}) {
  const { id, scale, value, errors, readOnly, onChange } = props;
  const labels = [...scale].sort((a, b) => a.position - b.position);
  const current = labels.find((label) => label.id === value);

  if (readOnly) {
    return (
      <div className="space-y-1">
        <h3 className={SECTION_LABEL}>Verdict</h3>
        {current ? (
          <p className="flex text-sm">
            <VerdictLabel label={current} />
          </p>
        ) : (
          <p className="text-sm text-muted">No verdict yet</p>
        )}
      </div>
    );
  }
  const options = [{ key: "", label: null as RatingLabelDTO | null }, ...labels.map((label) => ({ key: label.id, label }))];
  return (
    <fieldset className="space-y-1.5" aria-describedby={errors?.length ? `${id}-error` : undefined}>
      <legend className={cn(SECTION_LABEL, "mb-1.5")}>Verdict</legend>
      <div className="space-y-1">
        {options.map(({ key, label }) => (
          <label key={key || "none"} className="block cursor-pointer">
            <input
              type="radio"
              name={id}
              value={key}
              checked={(value ?? "") === key}
              onChange={() => onChange(key || null)}
              className="peer sr-only"
            />
            <span className="flex items-center gap-2 rounded-md border border-transparent px-2 py-1.5 text-sm hover:bg-subtle peer-checked:border-accent peer-checked:bg-accent/10 peer-focus-visible:ring-2 peer-focus-visible:ring-accent">
              {label ? (
                <VerdictLabel label={label} />
              ) : (
                <span className="flex items-center gap-2 text-muted">
                  <span aria-hidden className="size-3 rounded-full border border-dashed border-muted" />
                  No verdict yet
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}

function VerdictLabel({ label }: { label: RatingLabelDTO }) {
  return (
    <span className="flex min-w-0 flex-1 items-center gap-2" title={label.description ?? undefined}>
      <span aria-hidden className="size-3 shrink-0 rounded-full ring-1 ring-line" style={{ backgroundColor: label.color }} />
      <span className="truncate text-ink">{label.label}</span>
      <span className="ml-auto text-xs tabular-nums text-muted">
        <span className="sr-only">rating value </span>
        {label.value}
      </span>
    </span>
  );
}

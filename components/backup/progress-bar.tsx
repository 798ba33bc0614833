interface ProgressBarProps {
  label: string;
  /** 0–1, or null when the total is unknown (indeterminate). */
  value: number | null;
  detail: string;
}

/** A labelled progress bar with its figures as text beside it. */
export function ProgressBar({ label, value, detail }: ProgressBarProps) {
  return (
    <div className="space-y-1">
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value === null ? undefined : Math.round(value * 100)}
        aria-valuetext={detail}
        className="h-2 overflow-hidden rounded-full bg-subtle"
      >
        <div className={value === null ? "h-full w-1/3 animate-pulse bg-accent" : "h-full bg-accent transition-[width]"} style={value === null ? undefined : { width: `${Math.round(value * 100)}%` }} />
      </div>
      <p className="text-xs text-muted" aria-live="polite">
        {detail}
      </p>
    </div>
  );
}

import type { ClaimProgress } from "@/lib/dashboard/types";
import { cn } from "@/components/ui/cn";

/** The three stages a claim moves through, in bar order, with their colours (theme tokens). */
export const PROGRESS_SEGMENTS = [
  { key: "approved", label: "Approved", className: "bg-success" },
  { key: "proposed", label: "Awaiting review", className: "bg-accent" },
  { key: "working", label: "Being checked", className: "bg-muted/45" },
] as const satisfies readonly { key: keyof ClaimProgress; label: string; className: string }[];

/** "3 approved, 2 awaiting review, 5 being checked of 10 claims; 1 disputed". */
export function describeProgress(progress: ClaimProgress): string {
  if (progress.total === 0) return "No claims yet";
  const parts = PROGRESS_SEGMENTS.map((segment) => `${progress[segment.key]} ${segment.label.toLowerCase()}`);
  const flags = [progress.disputed ? `${progress.disputed} disputed` : "", progress.orphaned ? `${progress.orphaned} orphaned` : ""].filter(Boolean);
  return `${parts.join(", ")} of ${progress.total} claim${progress.total === 1 ? "" : "s"}${flags.length ? `; ${flags.join(", ")}` : ""}`;
}

/**
 * A stacked bar of approved / awaiting review / being checked claims. The bar is one image with
 * the counts as its name; the numbers themselves are shown (and linked) by the caller.
 */
export function ProgressBar({ progress, className, size = "md" }: { progress: ClaimProgress; className?: string; size?: "sm" | "md" }) {
  return (
    <div
      role="img"
      aria-label={describeProgress(progress)}
      className={cn("flex w-full overflow-hidden rounded-full bg-subtle", size === "sm" ? "h-1.5" : "h-2.5", className)}
    >
      {progress.total > 0
        ? PROGRESS_SEGMENTS.map((segment) =>
            progress[segment.key] > 0 ? (
              <div key={segment.key} className={segment.className} style={{ width: `${(progress[segment.key] / progress.total) * 100}%` }} />
            ) : null,
          )
        : null}
    </div>
  );
}

/** The colour key for progress bars. */
export function ProgressLegend({ className }: { className?: string }) {
  return (
    <ul className={cn("flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted", className)} aria-label="Progress bar colours">
      {PROGRESS_SEGMENTS.map((segment) => (
        <li key={segment.key} className="flex items-center gap-1.5">
          <span aria-hidden className={cn("inline-block size-2.5 rounded-sm", segment.className)} />
          {segment.label}
        </li>
      ))}
    </ul>
  );
}

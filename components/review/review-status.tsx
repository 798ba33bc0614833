import { cn } from "@/components/ui/cn";
import { STATUS_LABELS, type ClaimStatus } from "@/lib/claims/types";

const TONES: Record<ClaimStatus, string> = {
  open: "bg-subtle text-muted ring-line",
  in_progress: "bg-subtle text-ink ring-line",
  verdict_proposed: "bg-accent/10 text-accent ring-accent/30",
  changes_requested: "bg-danger/10 text-danger ring-danger/30",
  approved: "bg-success/10 text-success ring-success/30",
};

/** The claim's place in the review workflow; the word carries the meaning, the colour repeats it. */
export function ReviewStatus({ status, disputed }: { status: ClaimStatus; disputed: boolean }) {
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      <span data-testid="review-status" className={cn("inline-flex rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", TONES[status])}>
        {STATUS_LABELS[status]}
      </span>
      {disputed ? (
        <span className="inline-flex rounded-full bg-danger/10 px-2 py-0.5 text-xs font-medium text-danger ring-1 ring-inset ring-danger/30">Disputed</span>
      ) : null}
    </span>
  );
}

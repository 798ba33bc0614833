import { formatDate } from "@/components/claim-panel/format-date";
import { cn } from "@/components/ui/cn";
import type { RatingLabelDTO } from "@/lib/claims/types";
import type { ReviewDTO } from "@/lib/review/types";
import { VerdictChip } from "./verdict-chip";

/** Every review of the claim, newest round first, each with its decision and comment. */
export function ReviewList({ reviews, scale, currentRound }: { reviews: ReviewDTO[]; scale: RatingLabelDTO[]; currentRound: number }) {
  if (!reviews.length) return null;
  const rounds = [...new Set(reviews.map((review) => review.round))].sort((a, b) => b - a);
  return (
    <div className="space-y-3">
      {rounds.map((round) => (
        <section key={round} aria-label={`Reviews of round ${round}`} className="space-y-1.5">
          <h4 className="text-xs font-medium text-muted">
            Round {round}
            {round === currentRound ? " (current)" : ""}
          </h4>
          <ul className="space-y-2">
            {reviews
              .filter((review) => review.round === round)
              .map((review) => (
                <li key={review.id} className="rounded-md border border-line bg-canvas/40 px-3 py-2 text-sm">
                  <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-1">
                    <span className="font-medium text-ink">{review.reviewer.name}</span>
                    <time dateTime={review.createdAt} className="text-xs text-muted">
                      {formatDate(review.createdAt)}
                    </time>
                  </div>
                  <p className={cn("text-xs font-medium", review.decision === "approved" ? "text-success" : "text-danger")}>
                    {review.decision === "approved" ? (review.independentRatingLabelId ? "Gave their own verdict" : "Approved") : "Requested changes"}
                  </p>
                  {review.independentRatingLabelId ? (
                    <p className="mt-1">
                      <VerdictChip label={scale.find((label) => label.id === review.independentRatingLabelId)} />
                    </p>
                  ) : null}
                  {review.comment ? <p className="mt-1 whitespace-pre-wrap break-words text-ink">{review.comment}</p> : null}
                </li>
              ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

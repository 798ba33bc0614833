interface ReviewLike {
  round: number;
  decision: "approved" | "changes_requested";
  independentRatingLabelId: string | null;
}

/**
 * Approvals of `round` that back `verdictId`: a plain approval backs the verdict the author
 * proposed (`proposedId`), an approval with an independent verdict backs that verdict.
 */
export function countApprovals(reviews: readonly ReviewLike[], round: number, verdictId: string | null, proposedId = verdictId): number {
  return reviews.filter(
    (review) => review.round === round && review.decision === "approved" && (review.independentRatingLabelId ?? proposedId) === verdictId,
  ).length;
}

import type { ClaimProgress } from "./types";

/** What a claim's progress depends on (ClaimDTO has these). */
export interface ProgressClaim {
  status: "open" | "in_progress" | "verdict_proposed" | "changes_requested" | "approved";
  disputed: boolean;
  anchorStatus: "anchored" | "orphaned";
}

/**
 * The progress of claims already in hand, counted the way the dashboard counts them: working =
 * open, in progress or changes requested; disputed and orphaned are flags on top of a status.
 * The article page uses it on its own claim list, so its bar follows edits without a query.
 */
export function progressOfClaims(claims: readonly ProgressClaim[]): ClaimProgress {
  const progress: ClaimProgress = { total: 0, working: 0, proposed: 0, approved: 0, disputed: 0, orphaned: 0 };
  for (const claim of claims) {
    progress.total++;
    if (claim.status === "approved") progress.approved++;
    else if (claim.status === "verdict_proposed") progress.proposed++;
    else progress.working++;
    if (claim.disputed) progress.disputed++;
    if (claim.anchorStatus === "orphaned") progress.orphaned++;
  }
  return progress;
}

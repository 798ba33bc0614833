import type { ClaimDTO, RatingLabelDTO } from "@/lib/claims/types";
import type { AnnotatorDTO } from "@/lib/review/types";
import type { ClaimRun } from "./claim-run";

/** What the review section and the assignee field are given by the claim panel. */
export interface ReviewProps {
  claim: ClaimDTO;
  ratingScale: RatingLabelDTO[];
  workspaceSlug: string;
  /** Members who can annotate; fetched with the review data when the page does not pass them. */
  members?: AnnotatorDTO[];
  currentUserId?: string;
  onClaimChange(claim: ClaimDTO): void;
  /** The panel's save queue; without it changes are sent directly with `claim.version`. */
  run?: ClaimRun;
  /** A direct change hit a stale version: the page should fetch the latest claim. */
  onConflict?(claimId: string): void;
}

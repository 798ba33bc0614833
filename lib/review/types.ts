import type { Role } from "@/lib/generated/prisma/enums";

export type ReviewDecision = "approved" | "changes_requested";

/** One reviewer's decision on one round, as the panel lists it. */
export interface ReviewDTO {
  id: string;
  round: number;
  decision: ReviewDecision;
  reviewer: { id: string; name: string };
  /** The reviewer's own verdict, when they recorded one. */
  independentRatingLabelId: string | null;
  comment: string | null;
  createdAt: string;
}

/** The review data of one claim that ClaimDTO does not carry. */
export interface ClaimReviewView {
  reviews: ReviewDTO[];
  approvalsRequired: number;
  /** Approvals of the current round that count towards the claim's verdict. */
  approvals: number;
  /** Who submitted the current round (not always the author). */
  submittedBy: { id: string; name: string } | null;
  /** The signed-in member, so the panel works before the page passes currentUserId. */
  viewer: { id: string; role: Role };
  /** Members who can be assigned and can review, so the panel works before the page passes members. */
  annotators: AnnotatorDTO[];
}

/** A member who can be given work and can review. */
export interface AnnotatorDTO {
  id: string;
  name: string;
  role: Role;
}

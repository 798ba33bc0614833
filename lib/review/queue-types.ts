import type { ClaimStatus } from "@/lib/claims/types";

/** A claim as a row of "My queue". */
export interface QueueClaim {
  id: string;
  articleId: string;
  articleTitle: string;
  /** The quoted words (the claim's normalized wording when it has one). */
  text: string;
  status: ClaimStatus;
  disputed: boolean;
  reviewRound: number;
  author: string;
  /** When it last changed (submittedAt for claims waiting for review). */
  at: string;
  /** The article with this claim open. */
  href: string;
}

/** An article assigned to the user, with how much of it is still to do. */
export interface QueueArticle {
  id: string;
  title: string;
  claims: number;
  /** Claims not approved yet. */
  unfinished: number;
  href: string;
}

/** "My queue": the user's work in one workspace, open work first in each list. */
export interface MyQueue {
  workspace: { slug: string; name: string };
  /** Whether the user's role may review (else toReview is always empty). */
  canReview: boolean;
  /** Submitted claims by teammates that the user has not reviewed in their current round. */
  toReview: QueueClaim[];
  /** The user's own claims sent back: changes requested, or a verdict disputed. */
  returned: QueueClaim[];
  assignedClaims: QueueClaim[];
  assignedArticles: QueueArticle[];
}

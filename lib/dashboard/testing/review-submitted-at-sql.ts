import { Prisma } from "@/lib/generated/prisma/client";

// For tests (count-dashboard-directly.ts); the app reads DashboardReview."submittedAt", which the
// dashboard_round_submitted_at() trigger function fills by the same rule.

/**
 * SQL for when the round a review belongs to was submitted: the latest event at or before the
 * review that set the claim's submittedAt (a submission, or a resolved dispute that started a
 * new round). `review` is the alias of the "Review" row in the surrounding query.
 */
export const reviewSubmittedAtSql = Prisma.sql`(
  SELECT max(e."createdAt") FROM "ClaimEvent" e
  WHERE e."claimId" = review."claimId" AND e."createdAt" <= review."createdAt"
    AND (e."kind" = 'submitted'
         OR (e."kind" = 'dispute_resolved' AND e."after"->>'reviewRound' IS DISTINCT FROM e."before"->>'reviewRound'))
)`;

import type { DashboardClient } from "./dashboard-client";
import { agreement } from "./agreement";
import type { Agreement } from "./types";

/**
 * Agreement between each claim's current verdict and the independent verdicts reviewers
 * recorded on it (non-deleted claims, all time). A reviewer's independent verdict is paired with
 * the verdict the claim carries now, not the one proposed at the time: after a dispute is
 * resolved the claim's verdict is the team's settled answer, which is what a reviewer's call is
 * best measured against. Reviews that only approved (no verdict of their own) are not pairs.
 */
export async function loadAgreement(db: DashboardClient, workspaceId: string): Promise<Agreement> {
  const cells = await db.$queryRaw<{ a: string; b: string; count: bigint }[]>`
    SELECT c."ratingLabelId" AS a, r."independentRatingLabelId" AS b, count(*) AS count
    FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId"
    WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL
      AND c."ratingLabelId" IS NOT NULL AND r."independentRatingLabelId" IS NOT NULL
    GROUP BY 1, 2`;
  return agreement(cells.map((cell) => ({ ...cell, count: Number(cell.count) })));
}

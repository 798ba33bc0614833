import { agreement } from "./agreement";
import type { DashboardClient } from "./dashboard-client";
import type { Agreement } from "./types";

/**
 * Agreement between each claim's current verdict and the independent verdicts reviewers
 * recorded on it (non-deleted claims, all time), from the trigger-kept contingency table. A
 * reviewer's independent verdict is paired with the verdict the claim carries now, not the one
 * proposed at the time: after a dispute is resolved the claim's verdict is the team's settled
 * answer, which is what a reviewer's call is best measured against. Reviews that only approved
 * (no verdict of their own) are not pairs.
 */
export async function loadAgreement(db: DashboardClient, workspaceId: string): Promise<Agreement> {
  const cells = await db.$queryRaw<{ a: string; b: string; count: number }[]>`
    SELECT "claimRatingLabelId" AS a, "reviewRatingLabelId" AS b, "pairs" AS count
    FROM "DashboardAgreementCell" WHERE "workspaceId" = ${workspaceId} AND "pairs" > 0`;
  return agreement(cells);
}

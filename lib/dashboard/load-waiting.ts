import type { DashboardClient } from "./dashboard-client";
import type { DashboardData } from "./types";

/** How many of the longest-waiting claims the dashboard lists by name. */
export const WAITING_LIST_LIMIT = 10;

/** Proposed (non-deleted) claims submitted more than `thresholdHours` before `now`, oldest first. */
export async function loadWaiting(db: DashboardClient, workspaceId: string, thresholdHours: number, now: Date): Promise<DashboardData["waiting"]> {
  const cutoff = new Date(now.getTime() - thresholdHours * 3_600_000);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<{ claimId: string; articleId: string; articleTitle: string; exact: string; submittedAt: Date }[]>`
      SELECT c."id" AS "claimId", c."articleId", a."title" AS "articleTitle", left(c."exact", 300) AS exact, c."submittedAt"
      FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
      WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c."status" = 'verdict_proposed' AND c."submittedAt" < ${cutoff}
      ORDER BY c."submittedAt", c."id"
      LIMIT ${WAITING_LIST_LIMIT}`,
    db.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM "Claim"
      WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND "status" = 'verdict_proposed' AND "submittedAt" < ${cutoff}`,
  ]);
  return {
    thresholdHours,
    count: Number(count.n),
    oldest: rows.map((row) => ({
      ...row,
      submittedAt: row.submittedAt.toISOString(),
      waitingHours: Math.round(((now.getTime() - row.submittedAt.getTime()) / 3_600_000) * 10) / 10,
    })),
  };
}

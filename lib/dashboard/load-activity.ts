import type { DashboardClient } from "./dashboard-client";
import type { ActivityDay } from "./types";

interface Range {
  start: Date;
  end: Date;
  days: string[];
}

/**
 * Claims created and reviews recorded per UTC day of the range (both on claims that are not
 * deleted, as the claim list behind each number shows them); every day present, zeros included.
 */
export async function loadActivity(db: DashboardClient, workspaceId: string, { start, end, days }: Range): Promise<ActivityDay[]> {
  const [claims, reviews] = await Promise.all([
    db.$queryRaw<{ day: string; n: bigint }[]>`
      SELECT to_char("createdAt", 'YYYY-MM-DD') AS day, count(*) AS n FROM "Claim"
      WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND "createdAt" >= ${start} AND "createdAt" < ${end}
      GROUP BY 1`,
    db.$queryRaw<{ day: string; n: bigint }[]>`
      SELECT to_char(r."createdAt", 'YYYY-MM-DD') AS day, count(*) AS n
      FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId"
      WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND r."createdAt" >= ${start} AND r."createdAt" < ${end}
      GROUP BY 1`,
  ]);
  const claimsByDay = new Map(claims.map((row) => [row.day, Number(row.n)]));
  const reviewsByDay = new Map(reviews.map((row) => [row.day, Number(row.n)]));
  return days.map((day) => ({ day, claims: claimsByDay.get(day) ?? 0, reviews: reviewsByDay.get(day) ?? 0 }));
}

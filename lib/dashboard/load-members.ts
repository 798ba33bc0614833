import type { DashboardClient } from "./dashboard-client";
import type { MemberStats } from "./types";

interface Range {
  start: Date;
  end: Date;
}

interface MemberRow {
  userId: string;
  name: string;
  role: string;
  claimsAnnotated: bigint;
  reviewsDone: bigint;
  medianReviewHours: number | null;
  openItems: number;
}

/**
 * Every member of the workspace, by name: claims created and reviews recorded within [start, end)
 * (on claims that are not deleted), median hours from a round's submission to their review of
 * it, and the working or proposed claims assigned to them (or, unassigned, created by them).
 * Claims come from the per-day rollup, reviews and their times from the DashboardReview mirror
 * (an index-only range scan), open items from the per-member rollup.
 */
export async function loadMembers(db: DashboardClient, workspaceId: string, { start, end }: Range): Promise<MemberStats[]> {
  const rows = await db.$queryRaw<MemberRow[]>`
    WITH annotated AS (
      SELECT "userId", sum("claims") AS n FROM "DashboardDailyStats"
      WHERE "workspaceId" = ${workspaceId} AND "day" >= ${start}::date AND "day" < ${end}::date
      GROUP BY "userId"
    ), reviewed AS (
      SELECT "reviewerId" AS "userId", count(*) AS n,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM "createdAt" - "submittedAt") / 3600) AS median
      FROM "DashboardReview"
      WHERE "workspaceId" = ${workspaceId} AND "live" AND "createdAt" >= ${start} AND "createdAt" < ${end}
      GROUP BY "reviewerId"
    )
    SELECT m."userId", u."name", m."role"::text AS role,
           coalesce(annotated.n, 0) AS "claimsAnnotated",
           coalesce(reviewed.n, 0) AS "reviewsDone",
           reviewed.median AS "medianReviewHours",
           coalesce(open."openItems", 0) AS "openItems"
    FROM "Membership" m
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN annotated ON annotated."userId" = m."userId"
    LEFT JOIN reviewed ON reviewed."userId" = m."userId"
    LEFT JOIN "DashboardMemberStats" open ON open."workspaceId" = m."workspaceId" AND open."userId" = m."userId"
    WHERE m."workspaceId" = ${workspaceId}
    ORDER BY u."name", m."userId"`;
  return rows.map((row) => ({
    userId: row.userId,
    name: row.name,
    role: row.role,
    claimsAnnotated: Number(row.claimsAnnotated),
    reviewsDone: Number(row.reviewsDone),
    medianReviewHours: row.medianReviewHours === null ? null : Number(row.medianReviewHours),
    openItems: Number(row.openItems),
  }));
}

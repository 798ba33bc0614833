import type { DashboardClient } from "./dashboard-client";
import { reviewSubmittedAtSql } from "./review-submission-time";
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
  openItems: bigint;
}

/**
 * Every member of the workspace, by name: claims created and reviews recorded within [start, end)
 * (on claims that are not deleted), median hours from a round's submission to their review of
 * it, and the working or proposed claims assigned to them (or, unassigned, created by them).
 */
export async function loadMembers(db: DashboardClient, workspaceId: string, { start, end }: Range): Promise<MemberStats[]> {
  const rows = await db.$queryRaw<MemberRow[]>`
    WITH annotated AS (
      SELECT "createdById" AS "userId", count(*) AS n FROM "Claim"
      WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND "createdAt" >= ${start} AND "createdAt" < ${end}
      GROUP BY "createdById"
    ), reviewed AS (
      SELECT review."reviewerId" AS "userId", count(*) AS n,
             percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM review."createdAt" - ${reviewSubmittedAtSql}) / 3600) AS median
      FROM "Review" review JOIN "Claim" c ON c."id" = review."claimId"
      WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND review."createdAt" >= ${start} AND review."createdAt" < ${end}
      GROUP BY review."reviewerId"
    ), open AS (
      SELECT coalesce("assigneeId", "createdById") AS "userId", count(*) AS n FROM "Claim"
      WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL AND "status" <> 'approved'
      GROUP BY 1
    )
    SELECT m."userId", u."name", m."role"::text AS role,
           coalesce(annotated.n, 0) AS "claimsAnnotated",
           coalesce(reviewed.n, 0) AS "reviewsDone",
           reviewed.median AS "medianReviewHours",
           coalesce(open.n, 0) AS "openItems"
    FROM "Membership" m
    JOIN "User" u ON u."id" = m."userId"
    LEFT JOIN annotated ON annotated."userId" = m."userId"
    LEFT JOIN reviewed ON reviewed."userId" = m."userId"
    LEFT JOIN open ON open."userId" = m."userId"
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

// For tests: the dashboard's figures counted straight from Claim, Review, Article and Membership
// (no rollups), the reference the trigger-maintained counters are checked against.
import { type ProgressRow, toClaimProgress } from "../count-progress";
import type { DashboardClient } from "../dashboard-client";
import { dashboardRange } from "../dashboard-range";
import { agreement } from "../agreement";
import { reviewSubmittedAtSql } from "./review-submitted-at-sql";
import type { DashboardData, DashboardQuery } from "../types";

const progressSql = (alias: string) => `
  count(${alias}."id") FILTER (WHERE ${alias}."deletedAt" IS NULL) AS total,
  count(${alias}."id") FILTER (WHERE ${alias}."deletedAt" IS NULL AND ${alias}."status" IN ('open', 'in_progress', 'changes_requested')) AS working,
  count(${alias}."id") FILTER (WHERE ${alias}."deletedAt" IS NULL AND ${alias}."status" = 'verdict_proposed') AS proposed,
  count(${alias}."id") FILTER (WHERE ${alias}."deletedAt" IS NULL AND ${alias}."status" = 'approved') AS approved,
  count(${alias}."id") FILTER (WHERE ${alias}."deletedAt" IS NULL AND ${alias}."disputed") AS disputed,
  count(${alias}."id") FILTER (WHERE ${alias}."deletedAt" IS NULL AND ${alias}."anchorStatus" = 'orphaned') AS orphaned`;

type Figures = Omit<DashboardData, "version" | "generatedAt">;

/** Every figure of loadDashboard, counted directly; rows in the same order as loadDashboard's. */
export async function countDashboardDirectly(db: DashboardClient & { $queryRawUnsafe: <T>(sql: string, ...values: unknown[]) => Promise<T> }, query: DashboardQuery, now: Date): Promise<Figures> {
  const id = query.workspaceId;
  const { start, end, days } = dashboardRange(query.from, query.to);
  const [totals] = await db.$queryRawUnsafe<ProgressRow[]>(`SELECT ${progressSql("c")} FROM "Claim" c WHERE c."workspaceId" = $1`, id);
  const articleRows = await db.$queryRawUnsafe<(ProgressRow & { articleId: string; title: string; lastActivityAt: Date })[]>(
    `SELECT a."id" AS "articleId", a."title", greatest(a."updatedAt", max(c."updatedAt")) AS "lastActivityAt", ${progressSql("c")}
     FROM "Article" a LEFT JOIN "Claim" c ON c."articleId" = a."id"
     WHERE a."workspaceId" = $1 GROUP BY a."id" ORDER BY "lastActivityAt" DESC, a."id" DESC`,
    id,
  );
  const members = await db.$queryRawUnsafe<{ userId: string; name: string; role: string; claimsAnnotated: bigint; reviewsDone: bigint; medianReviewHours: number | null; openItems: bigint }[]>(
    `SELECT m."userId", u."name", m."role"::text AS role,
            (SELECT count(*) FROM "Claim" c WHERE c."workspaceId" = $1 AND c."createdById" = m."userId" AND c."deletedAt" IS NULL AND c."createdAt" >= $2 AND c."createdAt" < $3) AS "claimsAnnotated",
            (SELECT count(*) FROM "Review" review JOIN "Claim" c ON c."id" = review."claimId"
             WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL AND review."reviewerId" = m."userId" AND review."createdAt" >= $2 AND review."createdAt" < $3) AS "reviewsDone",
            (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM review."createdAt" - ${reviewSubmittedAtSql.sql}) / 3600)
             FROM "Review" review JOIN "Claim" c ON c."id" = review."claimId"
             WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL AND review."reviewerId" = m."userId" AND review."createdAt" >= $2 AND review."createdAt" < $3) AS "medianReviewHours",
            (SELECT count(*) FROM "Claim" c WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL AND c."status" <> 'approved' AND coalesce(c."assigneeId", c."createdById") = m."userId") AS "openItems"
     FROM "Membership" m JOIN "User" u ON u."id" = m."userId" WHERE m."workspaceId" = $1 ORDER BY u."name", m."userId"`,
    id, start, end,
  );
  const verdicts = await db.$queryRawUnsafe<{ ratingLabelId: string; label: string; color: string; count: bigint; approved: bigint }[]>(
    `SELECT l."id" AS "ratingLabelId", l."label", l."color", count(c."id") AS count, count(c."id") FILTER (WHERE c."status" = 'approved') AS approved
     FROM "RatingLabel" l LEFT JOIN "Claim" c ON c."ratingLabelId" = l."id" AND c."deletedAt" IS NULL
     WHERE l."workspaceId" = $1 GROUP BY l."id" ORDER BY l."position", l."id"`,
    id,
  );
  const claimDays = await db.$queryRawUnsafe<{ day: string; n: bigint }[]>(
    `SELECT to_char("createdAt", 'YYYY-MM-DD') AS day, count(*) AS n FROM "Claim" WHERE "workspaceId" = $1 AND "deletedAt" IS NULL AND "createdAt" >= $2 AND "createdAt" < $3 GROUP BY 1`,
    id, start, end,
  );
  const reviewDays = await db.$queryRawUnsafe<{ day: string; n: bigint }[]>(
    `SELECT to_char(r."createdAt", 'YYYY-MM-DD') AS day, count(*) AS n FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId"
     WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL AND r."createdAt" >= $2 AND r."createdAt" < $3 GROUP BY 1`,
    id, start, end,
  );
  const cutoff = new Date(now.getTime() - query.waitingThresholdHours * 3_600_000);
  const waiting = await db.$queryRawUnsafe<{ claimId: string; articleId: string; articleTitle: string; exact: string; submittedAt: Date }[]>(
    `SELECT c."id" AS "claimId", c."articleId", a."title" AS "articleTitle", left(c."exact", 300) AS exact, c."submittedAt"
     FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId"
     WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL AND c."status" = 'verdict_proposed' AND c."submittedAt" < $2
     ORDER BY c."submittedAt", c."id"`,
    id, cutoff,
  );
  const cells = await db.$queryRawUnsafe<{ a: string; b: string; count: bigint }[]>(
    `SELECT c."ratingLabelId" AS a, r."independentRatingLabelId" AS b, count(*) AS count FROM "Review" r JOIN "Claim" c ON c."id" = r."claimId"
     WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL AND c."ratingLabelId" IS NOT NULL AND r."independentRatingLabelId" IS NOT NULL GROUP BY 1, 2`,
    id,
  );
  const byDay = (rows: { day: string; n: bigint }[]) => new Map(rows.map((row) => [row.day, Number(row.n)]));
  const claimsByDay = byDay(claimDays);
  const reviewsByDay = byDay(reviewDays);
  const offset = (query.articlePage - 1) * query.articlePageSize;
  return {
    range: { from: days[0], to: days.at(-1)! },
    totals: toClaimProgress(totals),
    articles: {
      rows: articleRows.slice(offset, offset + query.articlePageSize).map((row) => ({ articleId: row.articleId, title: row.title, progress: toClaimProgress(row), lastActivityAt: row.lastActivityAt.toISOString() })),
      total: articleRows.length,
      page: query.articlePage,
      pageSize: query.articlePageSize,
    },
    members: members.map((row) => ({ ...row, claimsAnnotated: Number(row.claimsAnnotated), reviewsDone: Number(row.reviewsDone), openItems: Number(row.openItems), medianReviewHours: row.medianReviewHours === null ? null : Number(row.medianReviewHours) })),
    verdicts: verdicts.map((row) => ({ ...row, count: Number(row.count), approved: Number(row.approved) })),
    activity: days.map((day) => ({ day, claims: claimsByDay.get(day) ?? 0, reviews: reviewsByDay.get(day) ?? 0 })),
    waiting: {
      thresholdHours: query.waitingThresholdHours,
      count: waiting.length,
      oldest: waiting.slice(0, 10).map((row) => ({ ...row, submittedAt: row.submittedAt.toISOString(), waitingHours: Math.round(((now.getTime() - row.submittedAt.getTime()) / 3_600_000) * 10) / 10 })),
    },
    agreement: agreement(cells.map((cell) => ({ ...cell, count: Number(cell.count) }))),
  };
}

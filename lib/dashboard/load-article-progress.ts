import type { DashboardClient } from "./dashboard-client";
import { type ProgressRow, toClaimProgress } from "./count-progress";
import type { DashboardData } from "./types";

interface Page {
  page: number;
  pageSize: number;
}

/**
 * One page of the workspace's articles (all of them, with or without claims) with their claims'
 * progress, newest activity first. Activity is the article's own last change or its claims'
 * (deleted claims included: deleting one is activity too).
 */
export async function loadArticleProgress(db: DashboardClient, workspaceId: string, { page, pageSize }: Page): Promise<DashboardData["articles"]> {
  const offset = (page - 1) * pageSize;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<(ProgressRow & { articleId: string; title: string; lastActivityAt: Date })[]>`
      SELECT a."id" AS "articleId", a."title",
             greatest(a."updatedAt", c."lastClaimChange") AS "lastActivityAt",
             c.total, c.working, c.proposed, c.approved, c.disputed, c.orphaned
      FROM "Article" a
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE "deletedAt" IS NULL) AS total,
               count(*) FILTER (WHERE "deletedAt" IS NULL AND "status" IN ('open', 'in_progress', 'changes_requested')) AS working,
               count(*) FILTER (WHERE "deletedAt" IS NULL AND "status" = 'verdict_proposed') AS proposed,
               count(*) FILTER (WHERE "deletedAt" IS NULL AND "status" = 'approved') AS approved,
               count(*) FILTER (WHERE "deletedAt" IS NULL AND "disputed") AS disputed,
               count(*) FILTER (WHERE "deletedAt" IS NULL AND "anchorStatus" = 'orphaned') AS orphaned,
               max("updatedAt") AS "lastClaimChange"
        FROM "Claim" WHERE "articleId" = a."id"
      ) c ON true
      WHERE a."workspaceId" = ${workspaceId}
      ORDER BY "lastActivityAt" DESC, a."id" DESC
      LIMIT ${pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM "Article" WHERE "workspaceId" = ${workspaceId}`,
  ]);
  return {
    rows: rows.map((row) => ({ articleId: row.articleId, title: row.title, progress: toClaimProgress(row), lastActivityAt: row.lastActivityAt.toISOString() })),
    total: Number(count.total),
    page,
    pageSize,
  };
}

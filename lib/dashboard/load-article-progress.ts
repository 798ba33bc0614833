import { type ProgressRow, toClaimProgress } from "./count-progress";
import type { DashboardClient } from "./dashboard-client";
import type { DashboardData } from "./types";

interface Page {
  page: number;
  pageSize: number;
}

/**
 * One page of the workspace's articles (all of them, with or without claims) with their claims'
 * progress, newest activity first. Activity is the article's own last change or its claims'
 * (deleted claims included: deleting one is activity too). Reads the trigger-kept
 * DashboardArticleStats through its (workspaceId, lastActivityAt, articleId) index.
 */
export async function loadArticleProgress(db: DashboardClient, workspaceId: string, { page, pageSize }: Page): Promise<DashboardData["articles"]> {
  const offset = (page - 1) * pageSize;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<(ProgressRow & { articleId: string; title: string; lastActivityAt: Date })[]>`
      SELECT s."articleId", a."title", s."lastActivityAt", s."total", s."working", s."proposed", s."approved", s."disputed", s."orphaned"
      FROM "DashboardArticleStats" s JOIN "Article" a ON a."id" = s."articleId"
      WHERE s."workspaceId" = ${workspaceId}
      ORDER BY s."lastActivityAt" DESC, s."articleId" DESC
      LIMIT ${pageSize} OFFSET ${offset}`,
    db.$queryRaw<{ articles: number }[]>`SELECT "articles" FROM "DashboardWorkspaceStats" WHERE "workspaceId" = ${workspaceId}`,
  ]);
  return {
    rows: rows.map((row) => ({ articleId: row.articleId, title: row.title, progress: toClaimProgress(row), lastActivityAt: row.lastActivityAt.toISOString() })),
    total: Number(count?.articles ?? 0),
    page,
    pageSize,
  };
}

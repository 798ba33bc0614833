import "server-only";
import { db } from "@/lib/db";
import type { SimilarClaimDTO } from "./types";

/** The claims with these ids in the workspace (not deleted), as the panel shows them; score 0. */
export async function loadSimilarClaims(workspaceId: string, slug: string, ids: string[]): Promise<SimilarClaimDTO[]> {
  if (ids.length === 0) return [];
  const rows = await db.claim.findMany({
    where: { id: { in: ids }, workspaceId, deletedAt: null },
    select: {
      id: true,
      articleId: true,
      exact: true,
      normalizedText: true,
      status: true,
      createdAt: true,
      article: { select: { title: true } },
      ratingLabel: { select: { id: true, label: true, color: true } },
      _count: { select: { sources: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    articleId: row.articleId,
    articleTitle: row.article.title,
    href: `/w/${slug}/articles/${row.articleId}?claim=${row.id}`,
    exact: row.exact,
    normalizedText: row.normalizedText,
    verdict: row.ratingLabel,
    status: row.status,
    sourceCount: row._count.sources,
    score: 0,
    createdAt: row.createdAt.toISOString(),
  }));
}

import "server-only";
import { db } from "@/lib/db";
import { findMemberWorkspace } from "@/lib/workspaces/queries";

/** Articles of a workspace the user belongs to, newest first; null when not a member. */
export async function listWorkspaceArticles(userId: string, workspaceSlug: string) {
  const workspace = await findMemberWorkspace(userId, workspaceSlug);
  if (!workspace) return null;
  const articles = await db.article.findMany({
    where: { workspaceId: workspace.id },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      sourceUrl: true,
      byline: true,
      createdAt: true,
      publishedAt: true,
      _count: { select: { claims: { where: { deletedAt: null } } } },
    },
    take: 500,
  });
  return { workspace, articles: articles.map(({ _count, ...article }) => ({ ...article, claimCount: _count.claims })) };
}

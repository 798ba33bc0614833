import "server-only";
import { db } from "@/lib/db";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import { listRatingLabels } from "@/lib/rating-scale/list-rating-labels";
import { AppError } from "@/lib/server/app-error";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import { claimPermissions } from "./claim-permissions";
import type { ClaimRefInput } from "./schema";
import { claimDTOInclude, toClaimDTO } from "./to-claim-dto";
import type { ArticleAnnotationView, ClaimDTO } from "./types";

/**
 * Everything the annotation page needs: the article, its claims in document order (orphans
 * last, oldest first), the workspace's rating scale and what the user may do. Null when the user
 * is not a member of the workspace or the article is not in it (callers 404).
 */
export async function getArticleAnnotationView(userId: string, workspaceSlug: string, articleId: string): Promise<ArticleAnnotationView | null> {
  const workspace = await findMemberWorkspace(userId, workspaceSlug);
  if (!workspace) return null;
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: workspace.id },
    include: { createdBy: { select: { name: true } }, assignee: { select: { id: true, name: true } } },
  });
  if (!article) return null;
  const [claims, ratingScale] = await Promise.all([
    db.claim.findMany({
      where: { articleId, workspaceId: workspace.id, deletedAt: null },
      include: claimDTOInclude,
      orderBy: [{ start: "asc" }, { end: "asc" }, { createdAt: "asc" }],
    }),
    listRatingLabels(workspace.id),
  ]);
  const anchored = claims.filter((claim) => claim.anchorStatus === "anchored");
  const orphans = claims.filter((claim) => claim.anchorStatus === "orphaned").sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
  return {
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      content: article.content as unknown as DocNodeJSON,
      plainText: article.plainText,
      version: article.version,
      createdAt: article.createdAt.toISOString(),
      createdBy: { name: article.createdBy.name },
      assignee: article.assignee,
    },
    workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name, role: workspace.role },
    claims: [...anchored, ...orphans].map(toClaimDTO),
    ratingScale,
    permissions: claimPermissions(workspace.role),
  };
}

/** One live claim of a workspace the user belongs to (e.g. to show the latest after a conflict). */
export async function getClaim(userId: string, input: ClaimRefInput): Promise<ClaimDTO> {
  const workspace = await findMemberWorkspace(userId, input.workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: workspace.id, deletedAt: null },
    include: claimDTOInclude,
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist or was deleted.");
  return toClaimDTO(claim);
}

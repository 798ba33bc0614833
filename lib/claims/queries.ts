import "server-only";
import { db } from "@/lib/db";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listRatingLabels } from "@/lib/rating-scale/list-rating-labels";
import { AppError } from "@/lib/server/app-error";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import { CLAIM_NOT_FOUND } from "./bump-claim-version";
import { readClaimDTO } from "./claim-dto-sql";
import { claimPermissions } from "./claim-permissions";
import { toClaimSummary } from "./claim-summary";
import { CLAIM_POSITION_ORDER, orderClaims } from "./order-claims";
import type { ClaimRefInput } from "./schema";
import type { ArticleAnnotationView, ClaimDTO } from "./types";

// Only what the highlights and the claims list show; the panel loads a claim's details on open.
const claimSummarySelect = {
  id: true,
  start: true,
  end: true,
  exact: true,
  normalizedText: true,
  anchorStatus: true,
  ratingLabelId: true,
  status: true,
  disputed: true,
  version: true,
  createdAt: true,
  _count: { select: { sources: true } },
} satisfies Prisma.ClaimSelect;

/**
 * Everything the annotation page needs: the article, its claims' summaries in document order
 * (orphans last, oldest first), the workspace's rating scale and what the user may do. Null when
 * the user is not a member of the workspace or the article is not in it (callers 404).
 */
export async function getArticleAnnotationView(userId: string, workspaceSlug: string, articleId: string): Promise<ArticleAnnotationView | null> {
  const workspace = await findMemberWorkspace(userId, workspaceSlug);
  if (!workspace) return null;
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId: workspace.id },
    include: { createdBy: { select: { name: true } }, assignee: { select: { id: true, name: true } } },
    omit: { plainText: true },
  });
  if (!article) return null;
  const [claims, ratingScale] = await Promise.all([
    db.claim.findMany({
      where: { articleId, workspaceId: workspace.id, deletedAt: null },
      select: claimSummarySelect,
      orderBy: [...CLAIM_POSITION_ORDER],
    }),
    listRatingLabels(workspace.id),
  ]);
  return {
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      content: article.content as unknown as DocNodeJSON,
      version: article.version,
      createdAt: article.createdAt.toISOString(),
      createdBy: { name: article.createdBy.name },
      assignee: article.assignee,
    },
    workspace: { id: workspace.id, slug: workspace.slug, name: workspace.name, role: workspace.role },
    claims: orderClaims(claims).map((claim) => toClaimSummary({ ...claim, sourceCount: claim._count.sources })),
    ratingScale,
    permissions: claimPermissions(workspace.role),
  };
}

/** One live claim of a workspace the user belongs to (e.g. to show the latest after a conflict). */
export async function getClaim(userId: string, input: ClaimRefInput): Promise<ClaimDTO> {
  const workspace = await findMemberWorkspace(userId, input.workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  const claim = await readClaimDTO(db, input.claimId, { workspaceId: workspace.id });
  if (!claim) throw new AppError("NOT_FOUND", CLAIM_NOT_FOUND);
  return claim;
}

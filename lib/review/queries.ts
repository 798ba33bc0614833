import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import { countApprovals } from "./count-approvals";
import type { MyQueue, QueueClaim } from "./queue-types";
import { canBeAssigned, canReview } from "./review-permissions";
import type { ClaimReviewRefInput } from "./schema";
import type { AnnotatorDTO, ClaimReviewView } from "./types";

async function requireMember(userId: string, slug: string) {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  return workspace;
}

/** A claim's reviews (every round, newest first) and how many approvals it has and needs. */
export async function getClaimReview(userId: string, input: ClaimReviewRefInput): Promise<ClaimReviewView> {
  const workspace = await requireMember(userId, input.workspaceSlug);
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: workspace.id, deletedAt: null },
    include: {
      reviews: { include: { reviewer: { select: { id: true, name: true } } }, orderBy: [{ round: "desc" }, { createdAt: "desc" }] },
      workspace: { select: { approvalsRequired: true } },
      events: { where: { kind: "submitted" }, orderBy: { createdAt: "desc" }, take: 1, include: { actor: { select: { id: true, name: true } } } },
    },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist or was deleted.");
  return {
    viewer: { id: userId, role: workspace.role },
    annotators: await listAnnotators(userId, input.workspaceSlug),
    reviews: claim.reviews.map((review) => ({
      id: review.id,
      round: review.round,
      decision: review.decision,
      reviewer: review.reviewer,
      independentRatingLabelId: review.independentRatingLabelId,
      comment: review.comment,
      createdAt: review.createdAt.toISOString(),
    })),
    approvalsRequired: claim.workspace.approvalsRequired,
    approvals: countApprovals(claim.reviews, claim.reviewRound, claim.ratingLabelId),
    submittedBy: claim.status === "open" ? null : (claim.events[0]?.actor ?? null),
  };
}

/** Members who can be given work and can review (owners, editors, reviewers), by name. */
export async function listAnnotators(userId: string, workspaceSlug: string): Promise<AnnotatorDTO[]> {
  const workspace = await requireMember(userId, workspaceSlug);
  const memberships = await db.membership.findMany({
    where: { workspaceId: workspace.id },
    select: { role: true, user: { select: { id: true, name: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.filter((member) => canBeAssigned(member.role)).map(({ role, user }) => ({ id: user.id, name: user.name, role }));
}

const queueInclude = {
  article: { select: { title: true } },
  createdBy: { select: { name: true } },
  reviews: { select: { reviewerId: true, round: true } },
  events: { where: { kind: "submitted" }, orderBy: { createdAt: "desc" }, take: 1, select: { actorId: true } },
} satisfies Prisma.ClaimInclude;
type QueueRow = Prisma.ClaimGetPayload<{ include: typeof queueInclude }>;

// Work still to do first; approved claims last.
const STATUS_ORDER = { changes_requested: 0, open: 1, in_progress: 2, verdict_proposed: 3, approved: 4 } as const;

/** The user's queue in a workspace: claims to review, claims sent back, assigned claims and articles. */
export async function getMyQueue(userId: string, workspaceSlug: string): Promise<MyQueue> {
  const workspace = await requireMember(userId, workspaceSlug);
  const reviewer = canReview(workspace.role);
  const live = { workspaceId: workspace.id, deletedAt: null };
  const [submitted, returned, assignedClaims, assignedArticles] = await Promise.all([
    reviewer
      ? db.claim.findMany({ where: { ...live, status: "verdict_proposed", disputed: false, createdById: { not: userId } }, include: queueInclude, orderBy: { submittedAt: "asc" } })
      : [],
    db.claim.findMany({
      where: { ...live, createdById: userId, OR: [{ status: "changes_requested" }, { status: "verdict_proposed", disputed: true }] },
      include: queueInclude,
      orderBy: { updatedAt: "desc" },
    }),
    db.claim.findMany({ where: { ...live, assigneeId: userId }, include: queueInclude, orderBy: { updatedAt: "desc" } }),
    db.article.findMany({
      where: { workspaceId: workspace.id, assigneeId: userId },
      select: { id: true, title: true, claims: { where: { deletedAt: null }, select: { status: true } } },
      orderBy: { updatedAt: "desc" },
    }),
  ]);
  const toQueue = (claim: QueueRow) => toQueueClaim(workspace.slug, claim);
  const toReview = submitted.filter(
    (claim) => claim.events[0]?.actorId !== userId && !claim.reviews.some((review) => review.reviewerId === userId && review.round === claim.reviewRound),
  );
  const articles = assignedArticles.map((article) => ({
    id: article.id,
    title: article.title,
    claims: article.claims.length,
    unfinished: article.claims.filter((claim) => claim.status !== "approved").length,
    href: `/w/${workspace.slug}/articles/${article.id}`,
  }));
  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    canReview: reviewer,
    toReview: toReview.map(toQueue),
    returned: returned.map(toQueue),
    assignedClaims: assignedClaims.map(toQueue).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]),
    assignedArticles: articles.sort((a, b) => Number(b.unfinished > 0) - Number(a.unfinished > 0)),
  };
}

function toQueueClaim(slug: string, claim: QueueRow): QueueClaim {
  return {
    id: claim.id,
    articleId: claim.articleId,
    articleTitle: claim.article.title,
    text: claim.normalizedText ?? claim.exact,
    status: claim.status,
    disputed: claim.disputed,
    reviewRound: claim.reviewRound,
    author: claim.createdBy.name,
    at: (claim.status === "verdict_proposed" && claim.submittedAt ? claim.submittedAt : claim.updatedAt).toISOString(),
    href: `/w/${slug}/articles/${claim.articleId}?claim=${claim.id}`,
  };
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/app-error";
import { CLAIM_CONFLICT } from "@/lib/claims/bump-claim-version";
import { findMemberWorkspace, type WorkspaceAccess } from "@/lib/workspaces/queries";
import { canReview } from "./review-permissions";

/** The member's workspace, NOT_FOUND for non-members, FORBIDDEN for roles that cannot review. */
export async function requireReviewWorkspace(userId: string, slug: string): Promise<WorkspaceAccess> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  if (!canReview(workspace.role)) throw new AppError("FORBIDDEN", "Your role in this workspace does not allow submitting or reviewing claims.");
  return workspace;
}

/**
 * The claim as it is at `version`, with its reviews and who submitted the current round, read in
 * the caller's transaction. A stale version is a CONFLICT before any rule is checked, so the
 * rules are always judged on the state the user saw; bumpClaimVersion re-checks it on write.
 */
export async function loadReviewTarget(tx: Prisma.TransactionClient, workspaceId: string, claimId: string, version: number) {
  const claim = await tx.claim.findFirst({
    where: { id: claimId, workspaceId, deletedAt: null },
    include: { reviews: true, workspace: { select: { approvalsRequired: true } } },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist or was deleted.");
  if (claim.version !== version) throw new AppError("CONFLICT", CLAIM_CONFLICT);
  const submitted = await tx.claimEvent.findFirst({
    where: { claimId, kind: "submitted" },
    orderBy: { createdAt: "desc" },
    select: { actorId: true },
  });
  return { ...claim, submittedById: claim.status === "open" ? null : (submitted?.actorId ?? null) };
}

export type ReviewTarget = Awaited<ReturnType<typeof loadReviewTarget>>;

/** Refuses the claim's author and the member who submitted it: review is by someone else. */
export function refuseOwnWork(userId: string, claim: ReviewTarget, what: string) {
  if (claim.createdById === userId) throw new AppError("FORBIDDEN", `You wrote this verdict, so you cannot ${what} it; a teammate must review it.`);
  if (claim.submittedById === userId) throw new AppError("FORBIDDEN", `You submitted this verdict for review, so you cannot ${what} it; a teammate must review it.`);
}

/** Refuses unless the claim is waiting for review and not disputed. */
export function requireAwaitingReview(claim: ReviewTarget) {
  if (claim.status !== "verdict_proposed") throw new AppError("CONFLICT", "This claim is not waiting for review.");
  if (claim.disputed) throw new AppError("CONFLICT", "A reviewer disputes this verdict; it must be resolved before anyone else reviews it.");
}

/** Ids of members who may review, for "review requested" notifications. */
export async function reviewerIds(tx: Prisma.TransactionClient, workspaceId: string): Promise<string[]> {
  const members = await tx.membership.findMany({ where: { workspaceId }, select: { userId: true, role: true } });
  return members.filter((member) => canReview(member.role)).map((member) => member.userId);
}

/** One decision per reviewer and round (the unique index enforces it; this says it plainly). */
export function refuseSecondReview(userId: string, claim: ReviewTarget) {
  if (claim.reviews.some((review) => review.round === claim.reviewRound && review.reviewerId === userId)) {
    throw new AppError("CONFLICT", "You already reviewed this round of the claim.");
  }
}

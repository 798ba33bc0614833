import "server-only";
import { bumpClaimVersion } from "@/lib/claims/bump-claim-version";
import { loadClaimDTO } from "@/lib/claims/load-claim-dto";
import type { ClaimDTO } from "@/lib/claims/types";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { notify } from "@/lib/notifications/notify";
import { AppError } from "@/lib/server/app-error";
import { countApprovals } from "./count-approvals";
import { loadReviewTarget, refuseOwnWork, refuseSecondReview, requireAwaitingReview, requireReviewWorkspace } from "./load-review-target";
import type { ApproveClaimInput } from "./schema";

/**
 * Records a teammate's approval of the current round. With an independent verdict that differs
 * from the author's the claim becomes disputed instead; otherwise it is approved once the
 * round's approvals reach the workspace's approvalsRequired.
 */
export async function approveClaim(userId: string, input: ApproveClaimInput): Promise<ClaimDTO> {
  const workspace = await requireReviewWorkspace(userId, input.workspaceSlug);
  return db.$transaction(async (tx) => {
    const claim = await loadReviewTarget(tx, workspace.id, input.claimId, input.version);
    refuseOwnWork(userId, claim, "approve");
    requireAwaitingReview(claim);
    refuseSecondReview(userId, claim);
    const independent = input.independentRatingLabelId ?? null;
    if (independent && !(await tx.ratingLabel.count({ where: { id: independent, workspaceId: workspace.id } }))) {
      throw new AppError("INVALID_INPUT", "That rating is not on this workspace's scale.", { independentRatingLabelId: ["Choose a rating from this workspace's scale."] });
    }
    const review = { round: claim.reviewRound, decision: "approved" as const, independentRatingLabelId: independent };
    const disputed = independent !== null && independent !== claim.ratingLabelId;
    const approvals = countApprovals([...claim.reviews, review], claim.reviewRound, claim.ratingLabelId);
    const approved = !disputed && approvals >= claim.workspace.approvalsRequired;

    const data: Prisma.ClaimUncheckedUpdateManyInput = disputed ? { disputed: true } : approved ? { status: "approved", approvedAt: new Date() } : {};
    await bumpClaimVersion(tx, { claimId: claim.id, workspaceId: workspace.id, version: input.version }, data);
    await tx.review.create({ data: { ...review, claimId: claim.id, reviewerId: userId, comment: input.comment ?? null } });

    const base = { claimId: claim.id, workspaceId: workspace.id, actorId: userId };
    if (disputed) {
      await recordClaimEvent(tx, {
        ...base,
        kind: "independent_verdict",
        before: { status: claim.status, ratingLabelId: claim.ratingLabelId, disputed: false },
        after: { status: claim.status, independentRatingLabelId: independent, disputed: true },
      });
    } else {
      await recordClaimEvent(tx, {
        ...base,
        kind: "approved",
        before: { status: claim.status, approvals: approvals - 1 },
        after: { status: approved ? "approved" : claim.status, approvals, approvalsRequired: claim.workspace.approvalsRequired },
      });
    }
    // There is no "disputed" notification kind: a disputed verdict asks the author to act, as a
    // change request does.
    if (disputed || approved) {
      const recipients = [claim.createdById, claim.submittedById, claim.assigneeId].filter((id): id is string => Boolean(id));
      await notify(tx, { userIds: recipients, workspaceId: workspace.id, kind: disputed ? "changes_requested" : "approved", actorId: userId, claimId: claim.id, articleId: claim.articleId });
    }
    return loadClaimDTO(tx, claim.id);
  });
}

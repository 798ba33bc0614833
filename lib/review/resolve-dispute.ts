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
import { loadReviewTarget, requireReviewWorkspace, reviewerIds } from "./load-review-target";
import { canResolveAnyDispute } from "./review-permissions";
import type { ResolveDisputeInput } from "./schema";

/**
 * Settles a disputed verdict (the author, or an owner or editor): the chosen verdict becomes the
 * claim's. It is approved when the round's approvals of that verdict suffice; otherwise the
 * author's verdict stays up for review in the same round, and any other verdict starts a new
 * round, since nobody approved it yet and each reviewer decides once per round.
 */
export async function resolveDispute(userId: string, input: ResolveDisputeInput): Promise<ClaimDTO> {
  const workspace = await requireReviewWorkspace(userId, input.workspaceSlug);
  return db.$transaction(async (tx) => {
    const claim = await loadReviewTarget(tx, workspace.id, input.claimId, input.version);
    if (claim.createdById !== userId && !canResolveAnyDispute(workspace.role)) {
      throw new AppError("FORBIDDEN", "Only the claim's author, an editor or an owner can resolve a disputed verdict.");
    }
    if (!claim.disputed || claim.status !== "verdict_proposed") throw new AppError("CONFLICT", "This claim's verdict is not disputed.");
    if (!(await tx.ratingLabel.count({ where: { id: input.ratingLabelId, workspaceId: workspace.id } }))) {
      throw new AppError("INVALID_INPUT", "That rating is not on this workspace's scale.", { ratingLabelId: ["Choose a rating from this workspace's scale."] });
    }
    const proposed = claim.ratingLabelId;
    const chosen = input.ratingLabelId;
    const approvals = countApprovals(claim.reviews, claim.reviewRound, chosen, proposed);
    const approved = approvals >= claim.workspace.approvalsRequired;
    const newRound = !approved && chosen !== proposed;

    const data: Prisma.ClaimUncheckedUpdateManyInput = { ratingLabelId: chosen, disputed: false };
    if (approved) Object.assign(data, { status: "approved", approvedAt: new Date() });
    if (newRound) Object.assign(data, { reviewRound: claim.reviewRound + 1, submittedAt: new Date() });
    await bumpClaimVersion(tx, { claimId: claim.id, workspaceId: workspace.id, version: input.version }, data);
    await recordClaimEvent(tx, {
      claimId: claim.id,
      workspaceId: workspace.id,
      actorId: userId,
      kind: "dispute_resolved",
      before: { status: claim.status, ratingLabelId: proposed, disputed: true, reviewRound: claim.reviewRound },
      after: { status: approved ? "approved" : "verdict_proposed", ratingLabelId: chosen, disputed: false, reviewRound: claim.reviewRound + (newRound ? 1 : 0) },
    });
    const base = { workspaceId: workspace.id, actorId: userId, claimId: claim.id, articleId: claim.articleId };
    if (approved) {
      const recipients = [claim.createdById, claim.submittedById, claim.assigneeId].filter((id): id is string => Boolean(id));
      await notify(tx, { ...base, userIds: recipients, kind: "approved" });
    } else if (newRound) {
      const recipients = (await reviewerIds(tx, workspace.id)).filter((id) => id !== claim.createdById);
      await notify(tx, { ...base, userIds: recipients, kind: "review_requested" });
    }
    return loadClaimDTO(tx, claim.id);
  });
}

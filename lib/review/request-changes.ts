import "server-only";
import { bumpClaimVersion } from "@/lib/claims/bump-claim-version";
import { loadClaimDTO } from "@/lib/claims/load-claim-dto";
import type { ClaimDTO } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { notify } from "@/lib/notifications/notify";
import { loadReviewTarget, refuseOwnWork, refuseSecondReview, requireAwaitingReview, requireReviewWorkspace } from "./load-review-target";
import type { RequestChangesInput } from "./schema";

/** Sends a submitted claim back to its author with a required comment saying what to change. */
export async function requestChanges(userId: string, input: RequestChangesInput): Promise<ClaimDTO> {
  const workspace = await requireReviewWorkspace(userId, input.workspaceSlug);
  return db.$transaction(async (tx) => {
    const claim = await loadReviewTarget(tx, workspace.id, input.claimId, input.version);
    refuseOwnWork(userId, claim, "request changes on");
    requireAwaitingReview(claim);
    refuseSecondReview(userId, claim);
    await bumpClaimVersion(tx, { claimId: claim.id, workspaceId: workspace.id, version: input.version }, { status: "changes_requested" });
    await tx.review.create({
      data: { claimId: claim.id, reviewerId: userId, round: claim.reviewRound, decision: "changes_requested", comment: input.comment },
    });
    await recordClaimEvent(tx, {
      claimId: claim.id,
      workspaceId: workspace.id,
      actorId: userId,
      kind: "changes_requested",
      before: { status: claim.status },
      after: { status: "changes_requested", comment: input.comment },
    });
    const recipients = [claim.createdById, claim.submittedById, claim.assigneeId].filter((id): id is string => Boolean(id));
    await notify(tx, { userIds: recipients, workspaceId: workspace.id, kind: "changes_requested", actorId: userId, claimId: claim.id, articleId: claim.articleId });
    return loadClaimDTO(tx, claim.id);
  });
}

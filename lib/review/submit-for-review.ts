import "server-only";
import { bumpClaimVersion } from "@/lib/claims/bump-claim-version";
import { loadClaimDTO } from "@/lib/claims/load-claim-dto";
import type { ClaimDTO } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { notify } from "@/lib/notifications/notify";
import { AppError } from "@/lib/server/app-error";
import { loadReviewTarget, requireReviewWorkspace, reviewerIds } from "./load-review-target";
import type { SubmitForReviewInput } from "./schema";

const SUBMITTABLE = ["open", "in_progress", "changes_requested"];

/** Submits a claim's verdict for review: a new round starts and the team's reviewers are told. */
export async function submitForReview(userId: string, input: SubmitForReviewInput): Promise<ClaimDTO> {
  const workspace = await requireReviewWorkspace(userId, input.workspaceSlug);
  return db.$transaction(async (tx) => {
    const claim = await loadReviewTarget(tx, workspace.id, input.claimId, input.version);
    if (!SUBMITTABLE.includes(claim.status)) {
      throw new AppError("CONFLICT", claim.status === "approved" ? "This claim is already approved." : "This claim is already waiting for review.");
    }
    if (!claim.ratingLabelId) throw new AppError("INVALID_INPUT", "Choose a verdict before submitting the claim for review.");
    const round = claim.reviewRound + 1;
    await bumpClaimVersion(tx, { claimId: claim.id, workspaceId: workspace.id, version: input.version }, {
      status: "verdict_proposed",
      reviewRound: round,
      submittedAt: new Date(),
      approvedAt: null,
      disputed: false,
    });
    await recordClaimEvent(tx, {
      claimId: claim.id,
      workspaceId: workspace.id,
      actorId: userId,
      kind: "submitted",
      before: { status: claim.status, reviewRound: claim.reviewRound },
      after: { status: "verdict_proposed", reviewRound: round, ratingLabelId: claim.ratingLabelId },
    });
    // Everyone who may review except the author; notify() drops the submitter.
    const recipients = (await reviewerIds(tx, workspace.id)).filter((id) => id !== claim.createdById);
    await notify(tx, { userIds: recipients, workspaceId: workspace.id, kind: "review_requested", actorId: userId, claimId: claim.id, articleId: claim.articleId });
    return loadClaimDTO(tx, claim.id);
  });
}

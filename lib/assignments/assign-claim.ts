import "server-only";
import { bumpClaimVersion, CLAIM_CONFLICT } from "@/lib/claims/bump-claim-version";
import { loadClaimDTO } from "@/lib/claims/load-claim-dto";
import type { ClaimDTO } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { notify } from "@/lib/notifications/notify";
import { AppError } from "@/lib/server/app-error";
import { checkAssignment, requireAssigner } from "./require-assignment";
import type { AssignClaimInput } from "./schema";

/** Assigns a claim to a member who can annotate (or nobody), if nobody changed it meanwhile. */
export async function assignClaim(userId: string, input: AssignClaimInput): Promise<ClaimDTO> {
  const workspace = await requireAssigner(userId, input.workspaceSlug);
  return db.$transaction(async (tx) => {
    const claim = await tx.claim.findFirst({
      where: { id: input.claimId, workspaceId: workspace.id, deletedAt: null },
      select: { id: true, version: true, assigneeId: true, articleId: true },
    });
    if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist or was deleted.");
    if (claim.version !== input.version) throw new AppError("CONFLICT", CLAIM_CONFLICT);
    if (claim.assigneeId === input.assigneeId) return loadClaimDTO(tx, claim.id);
    await checkAssignment(tx, userId, workspace, claim.assigneeId, input.assigneeId);
    await bumpClaimVersion(tx, { claimId: claim.id, workspaceId: workspace.id, version: input.version }, { assigneeId: input.assigneeId });
    await recordClaimEvent(tx, {
      claimId: claim.id,
      workspaceId: workspace.id,
      actorId: userId,
      kind: "assignment",
      before: { assigneeId: claim.assigneeId },
      after: { assigneeId: input.assigneeId },
    });
    if (input.assigneeId) {
      await notify(tx, { userIds: [input.assigneeId], workspaceId: workspace.id, kind: "assigned", actorId: userId, claimId: claim.id, articleId: claim.articleId });
    }
    return loadClaimDTO(tx, claim.id);
  });
}

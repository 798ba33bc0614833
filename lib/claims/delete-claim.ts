import "server-only";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { AppError } from "@/lib/server/app-error";
import { requireWorkspace } from "./require-workspace";
import type { ClaimRefInput } from "./schema";

/** Soft-deletes a claim (restoreClaim undoes it). Deleting a deleted claim is a no-op. */
export async function deleteClaim(userId: string, input: ClaimRefInput): Promise<{ claimId: string }> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const claim = await db.claim.findFirst({ where: { id: input.claimId, workspaceId: workspace.id }, select: { id: true, exact: true } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, deletedAt: null },
      data: { deletedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 1) await recordClaimEvent(tx, { claimId: claim.id, workspaceId: workspace.id, actorId: userId, kind: "deleted", before: { exact: claim.exact } });
  });
  return { claimId: claim.id };
}

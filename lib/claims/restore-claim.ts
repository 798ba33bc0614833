import "server-only";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { recordReanchors } from "@/lib/history/record-reanchors";
import { AppError } from "@/lib/server/app-error";
import { loadClaimDTO } from "./load-claim-dto";
import { lockArticleText } from "./lock-article-text";
import { reanchorStoredClaims } from "./reanchor-stored-claims";
import { requireWorkspace } from "./require-workspace";
import type { ClaimRefInput } from "./schema";
import type { ClaimDTO } from "./types";

/**
 * Undoes a deletion. Deleted claims are not re-anchored when the article changes, so the
 * restored claim is re-anchored in the current text here (and may come back orphaned).
 */
export async function restoreClaim(userId: string, input: ClaimRefInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: workspace.id },
    select: { id: true, articleId: true },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  return db.$transaction(async (tx) => {
    const plainText = await lockArticleText(tx, workspace.id, claim.articleId);
    const { count } = await tx.claim.updateMany({
      where: { id: claim.id, deletedAt: { not: null } },
      data: { deletedAt: null, version: { increment: 1 } },
    });
    if (count === 1) {
      await recordClaimEvent(tx, { claimId: claim.id, workspaceId: workspace.id, actorId: userId, kind: "restored" });
      await recordReanchors(tx, userId, await reanchorStoredClaims(tx, claim.articleId, plainText, { id: claim.id }));
    }
    return loadClaimDTO(tx, claim.id);
  });
}

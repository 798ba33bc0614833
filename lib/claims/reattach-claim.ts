import "server-only";
import { db } from "@/lib/db";
import { anchorSnapshot } from "@/lib/history/anchor-snapshot";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { AppError } from "@/lib/server/app-error";
import { bumpClaimVersion } from "./bump-claim-version";
import { loadClaimDTO } from "./load-claim-dto";
import { lockArticleText } from "./lock-article-text";
import { requireWorkspace } from "./require-workspace";
import type { ReattachClaimInput } from "./schema";
import type { ClaimDTO } from "./types";
import { validateAnchor } from "./validate-anchor";

/** Anchors a claim (typically an orphan) on newly selected text; everything else is kept. */
export async function reattachClaim(userId: string, input: ReattachClaimInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: workspace.id, deletedAt: null },
    select: { articleId: true, exact: true, start: true, end: true, anchorStatus: true },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist or was deleted.");
  return db.$transaction(async (tx) => {
    const plainText = await lockArticleText(tx, workspace.id, claim.articleId);
    const anchor = validateAnchor(plainText, input.anchor);
    const ref = { claimId: input.claimId, workspaceId: workspace.id, version: input.version };
    await bumpClaimVersion(tx, ref, { ...anchor, anchorStatus: "anchored" });
    // `claim` was read before the bump: had anything changed since, the version check would have failed.
    await recordClaimEvent(tx, {
      claimId: input.claimId,
      workspaceId: workspace.id,
      actorId: userId,
      kind: "reattached",
      before: { ...anchorSnapshot(claim) },
      after: { ...anchorSnapshot({ ...anchor, anchorStatus: "anchored" }) },
    });
    return loadClaimDTO(tx, input.claimId);
  });
}

import "server-only";
import { db } from "@/lib/db";
import { anchorSnapshot } from "@/lib/history/anchor-snapshot";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { lockArticleText } from "./lock-article-text";
import { requireWorkspace } from "./require-workspace";
import type { CreateClaimInput } from "./schema";
import { claimDTOInclude, toClaimDTO } from "./to-claim-dto";
import type { ClaimDTO } from "./types";
import { validateAnchor } from "./validate-anchor";

/** Highlights a claim on the text the user selected, checked against the article's current text. */
export async function createClaim(userId: string, input: CreateClaimInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  return db.$transaction(async (tx) => {
    const plainText = await lockArticleText(tx, workspace.id, input.articleId);
    const anchor = validateAnchor(plainText, input.anchor);
    const claim = await tx.claim.create({
      data: { workspaceId: workspace.id, articleId: input.articleId, ...anchor, createdById: userId },
      include: claimDTOInclude,
    });
    await recordClaimEvent(tx, { claimId: claim.id, workspaceId: workspace.id, actorId: userId, kind: "created", after: { ...anchorSnapshot(claim) } });
    return toClaimDTO(claim);
  });
}

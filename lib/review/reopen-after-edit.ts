import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordClaimEvent } from "@/lib/history/record-claim-event";

interface ReopenRef {
  claimId: string;
  workspaceId: string;
  actorId: string;
}

/**
 * A verdict that a teammate approved, or is reviewing, must be reviewed again once what it
 * rests on changes (verdict, wording, rationale, sources): such an edit sends the claim back
 * to "in progress" and clears its approval. Runs in the edit's own transaction.
 */
export async function reopenAfterEdit(tx: Prisma.TransactionClient, ref: ReopenRef) {
  const claim = await tx.claim.findUniqueOrThrow({ where: { id: ref.claimId }, select: { status: true, disputed: true } });
  if (claim.status !== "approved" && claim.status !== "verdict_proposed") return;
  await tx.claim.update({ where: { id: ref.claimId }, data: { status: "in_progress", approvedAt: null, disputed: false } });
  await recordClaimEvent(tx, {
    claimId: ref.claimId,
    workspaceId: ref.workspaceId,
    actorId: ref.actorId,
    kind: "status",
    before: { status: claim.status },
    after: { status: "in_progress", reason: "edited after review" },
  });
}

/** Whether a claim patch touches what a review approved. */
export function patchNeedsReview(patch: { normalizedText?: unknown; ratingLabelId?: unknown; rationale?: unknown }) {
  return patch.normalizedText !== undefined || patch.ratingLabelId !== undefined || patch.rationale !== undefined;
}

import "server-only";
import { bumpClaimVersion } from "@/lib/claims/bump-claim-version";
import { loadClaimDTO } from "@/lib/claims/load-claim-dto";
import { requireWorkspace } from "@/lib/claims/require-workspace";
import type { ClaimDTO } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { AppError } from "@/lib/server/app-error";
import type { LinkClaimInput } from "./schema";

/**
 * Links a claim to an earlier check of the same claim (or removes the link), as one versioned
 * change of the claim recorded in its history. The earlier claim must be another, live claim of
 * the same workspace.
 */
export async function linkClaim(userId: string, input: LinkClaimInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const { relatedClaimId } = input;
  if (relatedClaimId === input.claimId) {
    throw new AppError("INVALID_INPUT", "A claim cannot be linked to itself.", { relatedClaimId: ["Choose another claim."] });
  }
  return db.$transaction(async (tx) => {
    const related = relatedClaimId
      ? await tx.claim.findFirst({ where: { id: relatedClaimId, workspaceId: workspace.id, deletedAt: null }, select: { id: true, exact: true } })
      : null;
    if (relatedClaimId && !related) throw new AppError("NOT_FOUND", "That earlier claim does not exist or was deleted.");
    const before = await tx.claim.findFirst({
      where: { id: input.claimId, workspaceId: workspace.id },
      select: { relatedClaim: { select: { id: true, exact: true } } },
    });
    await bumpClaimVersion(tx, { claimId: input.claimId, workspaceId: workspace.id, version: input.version }, { relatedClaimId });
    const snapshot = (claim: { id: string; exact: string } | null | undefined) => (claim ? { claimId: claim.id, exact: claim.exact } : null);
    await recordClaimEvent(tx, {
      claimId: input.claimId,
      workspaceId: workspace.id,
      actorId: userId,
      kind: "linked",
      before: snapshot(before?.relatedClaim),
      after: snapshot(related),
    });
    return loadClaimDTO(tx, input.claimId);
  });
}

import "server-only";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { sourceSnapshot } from "@/lib/history/source-snapshot";
import { reopenAfterEdit } from "@/lib/review/reopen-after-edit";
import { AppError } from "@/lib/server/app-error";
import { bumpClaimVersion } from "./bump-claim-version";
import { loadClaimDTO } from "./load-claim-dto";
import { requireWorkspace } from "./require-workspace";
import type { RemoveSourceInput } from "./schema";
import type { ClaimDTO } from "./types";

/** Removes one of a claim's sources, as one versioned change of the claim. */
export async function removeSource(userId: string, input: RemoveSourceInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  return db.$transaction(async (tx) => {
    await bumpClaimVersion(tx, { claimId: input.claimId, workspaceId: workspace.id, version: input.version });
    const source = await tx.source.findFirst({ where: { id: input.sourceId, claimId: input.claimId } });
    const { count } = await tx.source.deleteMany({ where: { id: input.sourceId, claimId: input.claimId } });
    if (count === 0 || !source) throw new AppError("NOT_FOUND", "That source was already removed from the claim.");
    const ref = { claimId: input.claimId, workspaceId: workspace.id, actorId: userId };
    await recordClaimEvent(tx, { ...ref, kind: "sources", before: { action: "removed", source: sourceSnapshot(source) }, after: { action: "removed" } });
    await reopenAfterEdit(tx, { claimId: input.claimId, workspaceId: workspace.id, actorId: userId });
    return loadClaimDTO(tx, input.claimId);
  });
}

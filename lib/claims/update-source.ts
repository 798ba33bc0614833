import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { bumpClaimVersion } from "./bump-claim-version";
import { loadClaimDTO } from "./load-claim-dto";
import { requireWorkspace } from "./require-workspace";
import type { UpdateSourceInput } from "./schema";
import { sourceData } from "./source-data";
import type { ClaimDTO } from "./types";

/** Edits the given fields of one of a claim's sources, as one versioned change of the claim. */
export async function updateSource(userId: string, input: UpdateSourceInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  return db.$transaction(async (tx) => {
    await bumpClaimVersion(tx, { claimId: input.claimId, workspaceId: workspace.id, version: input.version });
    const { count } = await tx.source.updateMany({ where: { id: input.sourceId, claimId: input.claimId }, data: sourceData(input.source) });
    if (count === 0) throw new AppError("NOT_FOUND", "That source was removed from the claim.");
    return loadClaimDTO(tx, input.claimId);
  });
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { bumpClaimVersion } from "./bump-claim-version";
import { loadClaimDTO } from "./load-claim-dto";
import { requireWorkspace } from "./require-workspace";
import type { ReorderSourcesInput } from "./schema";
import type { ClaimDTO } from "./types";

/** Puts a claim's sources in the given order; `orderedIds` must name each of them once. */
export async function reorderSources(userId: string, input: ReorderSourcesInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  return db.$transaction(async (tx) => {
    await bumpClaimVersion(tx, { claimId: input.claimId, workspaceId: workspace.id, version: input.version });
    const current = await tx.source.findMany({ where: { claimId: input.claimId }, select: { id: true } });
    const ids = new Set(current.map((source) => source.id));
    const complete = input.orderedIds.length === ids.size && new Set(input.orderedIds).size === ids.size && input.orderedIds.every((id) => ids.has(id));
    if (!complete) {
      throw new AppError("INVALID_INPUT", "The new order must list each of the claim's sources exactly once.", {
        orderedIds: ["List each source exactly once."],
      });
    }
    for (const [position, id] of input.orderedIds.entries()) {
      await tx.source.update({ where: { id }, data: { position } });
    }
    return loadClaimDTO(tx, input.claimId);
  });
}

import "server-only";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { sourceSnapshot } from "@/lib/history/source-snapshot";
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
    const current = await tx.source.findMany({
      where: { claimId: input.claimId },
      select: { id: true, title: true, url: true },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    });
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
    const byId = new Map(current.map((source) => [source.id, sourceSnapshot(source)]));
    const order = (ids: string[]) => ids.map((id) => byId.get(id)!);
    const beforeIds = current.map((source) => source.id);
    if (beforeIds.some((id, index) => id !== input.orderedIds[index])) {
      const ref = { claimId: input.claimId, workspaceId: workspace.id, actorId: userId };
      await recordClaimEvent(tx, { ...ref, kind: "sources", before: { action: "reordered", sources: order(beforeIds) }, after: { action: "reordered", sources: order(input.orderedIds) } });
    }
    return loadClaimDTO(tx, input.claimId);
  });
}

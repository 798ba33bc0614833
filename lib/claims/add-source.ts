import "server-only";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { sourceSnapshot } from "@/lib/history/source-snapshot";
import { reopenAfterEdit } from "@/lib/review/reopen-after-edit";
import { AppError } from "@/lib/server/app-error";
import { bumpClaimVersion } from "./bump-claim-version";
import { loadClaimDTO } from "./load-claim-dto";
import { requireWorkspace } from "./require-workspace";
import { SOURCES_MAX, type AddSourceInput } from "./schema";
import { sourceData } from "./source-data";
import type { ClaimDTO } from "./types";

/** Adds a source at the end of a claim's list, as one versioned change of the claim. */
export async function addSource(userId: string, input: AddSourceInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  return db.$transaction(async (tx) => {
    await bumpClaimVersion(tx, { claimId: input.claimId, workspaceId: workspace.id, version: input.version });
    const last = await tx.source.aggregate({ where: { claimId: input.claimId }, _max: { position: true }, _count: true });
    if (last._count >= SOURCES_MAX) throw new AppError("INVALID_INPUT", `A claim can have at most ${SOURCES_MAX} sources.`);
    const { url, title, stance, ...rest } = input.source;
    const source = await tx.source.create({
      data: { ...sourceData(rest), url, title, stance, claimId: input.claimId, position: (last._max.position ?? -1) + 1 },
    });
    const ref = { claimId: input.claimId, workspaceId: workspace.id, actorId: userId };
    await recordClaimEvent(tx, { ...ref, kind: "sources", after: { action: "added", source: sourceSnapshot(source) } });
    await reopenAfterEdit(tx, { claimId: input.claimId, workspaceId: workspace.id, actorId: userId });
    return loadClaimDTO(tx, input.claimId);
  });
}

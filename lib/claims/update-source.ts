import "server-only";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { sourceSnapshot } from "@/lib/history/source-snapshot";
import { reopenAfterEdit } from "@/lib/review/reopen-after-edit";
import { AppError } from "@/lib/server/app-error";
import { bumpClaimVersion } from "./bump-claim-version";
import { loadClaimDTO } from "./load-claim-dto";
import { requireWorkspace } from "./require-workspace";
import type { UpdateSourceInput } from "./schema";
import { sourceData } from "./source-data";
import type { ClaimDTO } from "./types";

const SOURCE_FIELDS = { id: true, url: true, title: true, publisher: true, publishedAt: true, excerpt: true, stance: true } as const;

// A DATE column as the yyyy-mm-dd the form shows.
const show = (value: string | Date | null) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** Edits the given fields of one of a claim's sources, as one versioned change of the claim. */
export async function updateSource(userId: string, input: UpdateSourceInput): Promise<ClaimDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  return db.$transaction(async (tx) => {
    await bumpClaimVersion(tx, { claimId: input.claimId, workspaceId: workspace.id, version: input.version });
    const where = { id: input.sourceId, claimId: input.claimId };
    const before = await tx.source.findFirst({ where, select: SOURCE_FIELDS });
    const { count } = await tx.source.updateMany({ where, data: sourceData(input.source) });
    if (count === 0 || !before) throw new AppError("NOT_FOUND", "That source was removed from the claim.");
    const after = await tx.source.findUniqueOrThrow({ where: { id: input.sourceId }, select: SOURCE_FIELDS });
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((key) => show(before[key]) !== show(after[key]));
    if (changed.length > 0) {
      // Which source, plus the fields that changed, before and after.
      const values = (row: typeof after) => ({ ...sourceSnapshot(row), ...Object.fromEntries(changed.map((key) => [key, show(row[key])])) });
      await recordClaimEvent(tx, {
        claimId: input.claimId,
        workspaceId: workspace.id,
        actorId: userId,
        kind: "sources",
        before: { action: "edited", source: values(before) },
        after: { action: "edited", source: values(after), changed },
      });
    }
    await reopenAfterEdit(tx, { claimId: input.claimId, workspaceId: workspace.id, actorId: userId });
    return loadClaimDTO(tx, input.claimId);
  });
}

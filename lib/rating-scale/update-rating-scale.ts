import "server-only";
import { requireWorkspace } from "@/lib/claims/require-workspace";
import type { RatingLabelDTO } from "@/lib/claims/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { listRatingLabels } from "./list-rating-labels";
import type { UpdateRatingScaleInput } from "./schema";

/**
 * Replaces a workspace's rating scale with the rows given, in that order (owners only). Rows
 * with an id edit that label, rows without one add a label, and labels left out are removed,
 * unless claims still use them: then nothing is saved and the message names them.
 */
export async function updateRatingScale(userId: string, input: UpdateRatingScaleInput): Promise<RatingLabelDTO[]> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "manageScale");
  await listRatingLabels(workspace.id); // the lazy default scale, so ids sent from it resolve
  await db.$transaction(async (tx) => {
    const existing = await tx.ratingLabel.findMany({ where: { workspaceId: workspace.id }, select: { id: true, label: true } });
    const existingIds = new Set(existing.map((label) => label.id));
    const unknown = input.labels.findIndex((row) => row.id !== undefined && !existingIds.has(row.id));
    if (unknown !== -1) {
      throw new AppError("CONFLICT", "The scale changed since you opened it; reload and make your changes again.");
    }
    const keptIds = new Set(input.labels.flatMap((row) => (row.id ? [row.id] : [])));
    const removed = existing.filter((label) => !keptIds.has(label.id));
    if (removed.length > 0) {
      // Locking the labels first makes a concurrent "rate this claim X" wait, so the count holds.
      await tx.$queryRaw`SELECT "id" FROM "RatingLabel" WHERE "id" = ANY(${removed.map((label) => label.id)}) FOR UPDATE`;
      const usage = await tx.claim.groupBy({
        by: ["ratingLabelId"],
        where: { ratingLabelId: { in: removed.map((label) => label.id) }, deletedAt: null },
        _count: true,
      });
      if (usage.length > 0) throw new AppError("INVALID_INPUT", inUseMessage(removed, usage));
      await tx.ratingLabel.deleteMany({ where: { id: { in: removed.map((label) => label.id) } } });
    }
    // Renames may swap names between rows; park kept rows on unique placeholders first so the
    // (workspaceId, label) unique index never sees two rows with one name mid-update.
    for (const id of keptIds) await tx.ratingLabel.update({ where: { id }, data: { label: `⟨${id}⟩` } });
    for (const [position, row] of input.labels.entries()) {
      const data = { label: row.label, color: row.color, value: row.value, description: row.description ?? null, position };
      if (row.id) await tx.ratingLabel.update({ where: { id: row.id }, data });
      else await tx.ratingLabel.create({ data: { ...data, workspaceId: workspace.id } });
    }
  });
  return listRatingLabels(workspace.id);
}

function inUseMessage(removed: { id: string; label: string }[], usage: { ratingLabelId: string | null; _count: number }[]) {
  const parts = usage.map(({ ratingLabelId, _count }) => {
    const name = removed.find((label) => label.id === ratingLabelId)?.label ?? "A rating";
    return `“${name}” is the rating of ${_count} claim${_count === 1 ? "" : "s"}`;
  });
  return `Nothing was saved: ${parts.join(", ")}. Rate ${usage.length === 1 && usage[0]._count === 1 ? "it" : "them"} differently first, or keep the rating.`;
}

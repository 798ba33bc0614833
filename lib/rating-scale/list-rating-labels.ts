import "server-only";
import { db } from "@/lib/db";
import type { RatingLabelDTO } from "@/lib/claims/types";
import { createDefaultRatingScale } from "./create-default-rating-scale";
import { toRatingLabelDTO } from "./to-rating-label-dto";

/**
 * A workspace's rating scale in order. Workspaces created before rating scales existed get the
 * default one on first read (a scale is never empty otherwise: an update keeps at least two).
 * Callers must have checked membership.
 */
export async function listRatingLabels(workspaceId: string): Promise<RatingLabelDTO[]> {
  const read = () => db.ratingLabel.findMany({ where: { workspaceId }, orderBy: [{ position: "asc" }, { label: "asc" }] });
  let labels = await read();
  if (labels.length === 0) {
    await createDefaultRatingScale(db, workspaceId);
    labels = await read();
  }
  return labels.map(toRatingLabelDTO);
}

"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/server/run-action";
import { updateRatingScaleSchema } from "./schema";
import { updateRatingScale } from "./update-rating-scale";

/** Saves the owner's edited rating scale; returns the stored scale in order. */
export async function updateRatingScaleAction(input: unknown) {
  const user = await requireUser();
  return runAction(updateRatingScaleSchema, input, (data) => updateRatingScale(user.id, data));
}

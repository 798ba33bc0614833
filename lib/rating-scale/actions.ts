"use server";

import { runUserAction } from "@/lib/server/run-action";
import { updateRatingScaleSchema } from "./schema";
import { updateRatingScale } from "./update-rating-scale";

/** Saves the owner's edited rating scale; returns the stored scale in order. */
export async function updateRatingScaleAction(input: unknown) {
  return runUserAction(updateRatingScaleSchema, input, (user, data) => updateRatingScale(user.id, data));
}

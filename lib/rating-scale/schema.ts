import { z } from "zod";

export const SCALE_MIN = 2;
export const SCALE_MAX = 12;
export const LABEL_MAX = 40;
export const DESCRIPTION_MAX = 500;

/** One row of the rating-scale editor. Rows without an id are new labels. */
export const ratingLabelInputSchema = z.object({
  id: z.string().min(1).max(100).optional(),
  label: z.string().trim().min(1, "Name the rating.").max(LABEL_MAX, `Keep the name under ${LABEL_MAX} characters.`),
  color: z
    .string()
    .trim()
    .regex(/^#[0-9a-f]{6}$/i, "Use a colour like #1a7f37.")
    .transform((value) => value.toLowerCase()),
  // 0 means "no numeric rating" (see default-rating-scale.ts); the defaults use 1..5.
  value: z.number("Enter a whole number.").int("Enter a whole number.").min(0, "Use 0 to 100.").max(100, "Use 0 to 100."),
  description: z
    .string()
    .trim()
    .max(DESCRIPTION_MAX, `Keep the description under ${DESCRIPTION_MAX} characters.`)
    .transform((value) => value || null)
    .nullable()
    .optional(),
});

/** The whole scale, in display order, as the owner's editor saves it. */
export const updateRatingScaleSchema = z.object({
  workspaceSlug: z.string().min(1).max(100),
  labels: z
    .array(ratingLabelInputSchema)
    .min(SCALE_MIN, `A scale needs at least ${SCALE_MIN} ratings.`)
    .max(SCALE_MAX, `A scale can have at most ${SCALE_MAX} ratings.`)
    .superRefine((labels, ctx) => {
      const seen = new Set<string>();
      labels.forEach((row, index) => {
        const key = row.label.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: "custom", message: "Another rating already has this name.", path: [index, "label"] });
        seen.add(key);
      });
      const ids = labels.flatMap((row) => (row.id ? [row.id] : []));
      if (new Set(ids).size !== ids.length) ctx.addIssue({ code: "custom", message: "A rating appears twice." });
    }),
});

export type RatingLabelInput = z.infer<typeof ratingLabelInputSchema>;
export type UpdateRatingScaleInput = z.infer<typeof updateRatingScaleSchema>;

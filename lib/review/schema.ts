import { z } from "zod";

export const REVIEW_COMMENT_MAX = 5_000;

const id = z.string().min(1).max(100);
const workspaceSlug = z.string().min(1).max(100);
const version = z.number().int().min(1);

const optionalComment = z
  .string()
  .trim()
  .max(REVIEW_COMMENT_MAX, `Keep the comment under ${REVIEW_COMMENT_MAX.toLocaleString("en")} characters.`)
  .transform((value) => value || undefined)
  .optional();

export const claimReviewRefSchema = z.object({ workspaceSlug, claimId: id });
export const submitForReviewSchema = z.object({ workspaceSlug, claimId: id, version });
export const approveClaimSchema = z.object({
  workspaceSlug,
  claimId: id,
  version,
  independentRatingLabelId: id.optional(),
  comment: optionalComment,
});
export const requestChangesSchema = z.object({
  workspaceSlug,
  claimId: id,
  version,
  comment: z
    .string({ error: "Say what should change." })
    .trim()
    .min(1, "Say what should change: a comment is required when requesting changes.")
    .max(REVIEW_COMMENT_MAX, `Keep the comment under ${REVIEW_COMMENT_MAX.toLocaleString("en")} characters.`),
});
export const resolveDisputeSchema = z.object({ workspaceSlug, claimId: id, version, ratingLabelId: id });

export type ClaimReviewRefInput = z.infer<typeof claimReviewRefSchema>;
export type SubmitForReviewInput = z.infer<typeof submitForReviewSchema>;
export type ApproveClaimInput = z.infer<typeof approveClaimSchema>;
export type RequestChangesInput = z.infer<typeof requestChangesSchema>;
export type ResolveDisputeInput = z.infer<typeof resolveDisputeSchema>;

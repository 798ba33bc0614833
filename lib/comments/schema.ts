import { z } from "zod";

export const COMMENT_MAX = 5_000;

const id = z.string().min(1).max(100);
const workspaceSlug = z.string().min(1).max(100);

/** A new comment; the body is stored exactly as typed (it is always rendered as text). */
export const addCommentSchema = z.object({
  workspaceSlug,
  claimId: id,
  body: z
    .string()
    .max(COMMENT_MAX, `Keep the comment under ${COMMENT_MAX.toLocaleString("en")} characters.`)
    .refine((body) => body.trim().length > 0, "Write something first."),
});

export const commentRefSchema = z.object({ workspaceSlug, commentId: id });
export const claimCommentsSchema = z.object({ workspaceSlug, claimId: id });
export const mentionableMembersSchema = z.object({ workspaceSlug });

export type AddCommentInput = z.infer<typeof addCommentSchema>;
export type CommentRefInput = z.infer<typeof commentRefSchema>;
export type ClaimCommentsInput = z.infer<typeof claimCommentsSchema>;

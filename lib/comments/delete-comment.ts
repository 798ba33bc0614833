import "server-only";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { AppError } from "@/lib/server/app-error";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import type { CommentRefInput } from "./schema";

/** Soft-deletes a comment; only its author may, and only while still a member. */
export async function deleteComment(userId: string, input: CommentRefInput): Promise<{ commentId: string }> {
  const workspace = await findMemberWorkspace(userId, input.workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  const comment = await db.comment.findFirst({
    where: { id: input.commentId, deletedAt: null, claim: { workspaceId: workspace.id } },
    select: { id: true, claimId: true, authorId: true },
  });
  if (!comment) throw new AppError("NOT_FOUND", "That comment does not exist or was deleted.");
  if (comment.authorId !== userId) throw new AppError("FORBIDDEN", "Only its author can delete a comment.");
  await db.$transaction(async (tx) => {
    const { count } = await tx.comment.updateMany({ where: { id: comment.id, deletedAt: null }, data: { deletedAt: new Date() } });
    if (count === 0) return;
    await recordClaimEvent(tx, {
      claimId: comment.claimId,
      workspaceId: workspace.id,
      actorId: userId,
      kind: "comment",
      before: { commentId: comment.id },
      after: { commentId: comment.id, deleted: true },
    });
  });
  return { commentId: comment.id };
}

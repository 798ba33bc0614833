import "server-only";
import { requireWorkspace } from "@/lib/claims/require-workspace";
import { db } from "@/lib/db";
import { recordClaimEvent } from "@/lib/history/record-claim-event";
import { notify } from "@/lib/notifications/notify";
import { AppError } from "@/lib/server/app-error";
import { findMentions } from "./find-mentions";
import { commentInclude, toCommentDTO } from "./to-comment-dto";
import type { AddCommentInput } from "./schema";
import type { CommentDTO } from "./types";

/**
 * Posts a comment on a live claim (annotators only: viewers read). @mentions of members are
 * resolved to ids and notified; the comment, its history event and the notifications commit
 * together.
 */
export async function addComment(userId: string, input: AddCommentInput): Promise<CommentDTO> {
  const workspace = await requireWorkspace(userId, input.workspaceSlug, "annotate");
  const claim = await db.claim.findFirst({
    where: { id: input.claimId, workspaceId: workspace.id, deletedAt: null },
    select: { id: true, articleId: true },
  });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist or was deleted.");
  const members = await db.user.findMany({
    where: { memberships: { some: { workspaceId: workspace.id } } },
    select: { id: true, name: true, email: true },
  });
  const mentionIds = [...new Set(findMentions(input.body, members).map((match) => match.userId))];
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { claimId: claim.id, authorId: userId, body: input.body, mentionIds },
      include: commentInclude,
    });
    await recordClaimEvent(tx, {
      claimId: claim.id,
      workspaceId: workspace.id,
      actorId: userId,
      kind: "comment",
      after: { commentId: comment.id, mentionIds },
    });
    await notify(tx, { userIds: mentionIds, workspaceId: workspace.id, kind: "mentioned", actorId: userId, claimId: claim.id, articleId: claim.articleId });
    return toCommentDTO(comment, members, userId);
  });
}

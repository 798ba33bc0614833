"use server";

import { runUserAction } from "@/lib/server/run-action";
import { addComment } from "./add-comment";
import { deleteComment } from "./delete-comment";
import { listComments, listMentionableMembers } from "./queries";
import { addCommentSchema, claimCommentsSchema, commentRefSchema, mentionableMembersSchema } from "./schema";

/** Posts a comment (notifying whom it mentions); returns its CommentDTO. */
export async function addCommentAction(input: unknown) {
  return runUserAction(addCommentSchema, input, (user, data) => addComment(user.id, data));
}

/** Deletes one of the user's own comments; returns { commentId }. */
export async function deleteCommentAction(input: unknown) {
  return runUserAction(commentRefSchema, input, (user, data) => deleteComment(user.id, data));
}

/** A claim's comments, oldest first; returns CommentDTO[]. */
export async function listCommentsAction(input: unknown) {
  return runUserAction(claimCommentsSchema, input, (user, data) => listComments(user.id, data));
}

/** The workspace's members for @mention autocomplete; returns MentionableMember[]. */
export async function listMentionableMembersAction(input: unknown) {
  return runUserAction(mentionableMembersSchema, input, (user, data) => listMentionableMembers(user.id, data.workspaceSlug));
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import type { ClaimCommentsInput } from "./schema";
import { commentInclude, toCommentDTO } from "./to-comment-dto";
import type { CommentDTO, MentionableMember } from "./types";

/** A claim's live comments, oldest first, for any member of its workspace. */
export async function listComments(userId: string, input: ClaimCommentsInput): Promise<CommentDTO[]> {
  const workspace = await findMemberWorkspace(userId, input.workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  const claim = await db.claim.findFirst({ where: { id: input.claimId, workspaceId: workspace.id }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  const comments = await db.comment.findMany({
    where: { claimId: claim.id, deletedAt: null },
    include: commentInclude,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const mentioned = [...new Set(comments.flatMap((comment) => comment.mentionIds))];
  // Mentions resolved at posting time are shown even if that member has since left.
  const people = mentioned.length ? await db.user.findMany({ where: { id: { in: mentioned } }, select: { id: true, name: true, email: true } }) : [];
  return comments.map((comment) => toCommentDTO(comment, people, userId));
}

/** The workspace's members, by name, for @mention autocomplete (any member may ask). */
export async function listMentionableMembers(userId: string, workspaceSlug: string): Promise<MentionableMember[]> {
  const workspace = await findMemberWorkspace(userId, workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  const memberships = await db.membership.findMany({
    where: { workspaceId: workspace.id },
    select: { role: true, user: { select: { id: true, name: true, email: true } } },
    orderBy: { user: { name: "asc" } },
  });
  return memberships.map(({ role, user }) => ({ ...user, role }));
}

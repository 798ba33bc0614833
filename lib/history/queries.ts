import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import type { ClaimHistoryInput } from "./schema";
import type { ClaimHistoryEntry } from "./types";

const EXCERPT = 280;

/**
 * A claim's history, oldest first, for any member of its workspace (deleted claims included).
 * Comment events carry the comment's current excerpt, so a comment deleted by its author is no
 * longer quoted even though its event stays.
 */
export async function getClaimHistory(userId: string, input: ClaimHistoryInput): Promise<ClaimHistoryEntry[]> {
  const workspace = await findMemberWorkspace(userId, input.workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  const claim = await db.claim.findFirst({ where: { id: input.claimId, workspaceId: workspace.id }, select: { id: true } });
  if (!claim) throw new AppError("NOT_FOUND", "That claim does not exist.");
  const [events, comments] = await Promise.all([
    db.claimEvent.findMany({
      where: { claimId: claim.id, workspaceId: workspace.id },
      include: { actor: { select: { id: true, name: true } } },
      // Events of one transaction share a timestamp; cuids increase within a process.
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.comment.findMany({ where: { claimId: claim.id }, select: { id: true, body: true, deletedAt: true } }),
  ]);
  const commentsById = new Map(comments.map((comment) => [comment.id, comment]));
  return events.map((event) => {
    const entry: ClaimHistoryEntry = {
      id: event.id,
      kind: event.kind,
      actor: event.actor,
      createdAt: event.createdAt.toISOString(),
      before: event.before,
      after: event.after,
    };
    if (event.kind === "comment") {
      const commentId = readCommentId(event.after) ?? readCommentId(event.before);
      const comment = commentId ? commentsById.get(commentId) : undefined;
      entry.comment = { excerpt: comment && !comment.deletedAt ? excerpt(comment.body) : null };
    }
    return entry;
  });
}

function readCommentId(payload: unknown): string | null {
  const id = (payload as { commentId?: unknown } | null)?.commentId;
  return typeof id === "string" ? id : null;
}

function excerpt(text: string) {
  const chars = [...text];
  return chars.length > EXCERPT ? `${chars.slice(0, EXCERPT - 1).join("")}…` : text;
}

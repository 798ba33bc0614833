import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canAssignOthers, canBeAssigned } from "@/lib/review/review-permissions";
import { AppError } from "@/lib/server/app-error";
import { findMemberWorkspace, type WorkspaceAccess } from "@/lib/workspaces/queries";

/**
 * Who may change an assignment: owners and editors for anyone; reviewers only to take work for
 * themselves or give back their own; viewers never. NOT_FOUND for non-members.
 */
export async function requireAssigner(userId: string, slug: string): Promise<WorkspaceAccess> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  if (!canBeAssigned(workspace.role)) throw new AppError("FORBIDDEN", "Your role in this workspace does not allow assigning work.");
  return workspace;
}

/** Checks one change from `current` to `next` assignee against the rules above. */
export async function checkAssignment(
  tx: Prisma.TransactionClient,
  userId: string,
  workspace: WorkspaceAccess,
  current: string | null,
  next: string | null,
) {
  if (!canAssignOthers(workspace.role)) {
    const ownMove = next === userId ? current === null || current === userId : next === null && current === userId;
    if (!ownMove) throw new AppError("FORBIDDEN", "Reviewers can take unassigned work for themselves or give back their own; ask an editor to reassign it.");
  }
  if (next === null) return;
  const membership = await tx.membership.findFirst({ where: { workspaceId: workspace.id, userId: next }, select: { role: true } });
  if (!membership || !canBeAssigned(membership.role)) {
    throw new AppError("INVALID_INPUT", "Assign work to a member who can annotate (an owner, editor or reviewer).", {
      assigneeId: ["Choose a member who can annotate."],
    });
  }
}

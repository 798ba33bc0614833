import "server-only";
import { db } from "@/lib/db";
import { requireMember } from "@/lib/workspaces/require-member";
import { findWorkspaceMembership } from "./find-workspace-membership";
import { assertAnotherOwner } from "./lock-owners";
import type { RemoveMemberInput } from "./schema";

/**
 * Removes a member (owners only); the last owner cannot be removed. Every query and mutation
 * checks membership per request, so the removed user loses the workspace at once; their
 * sessionVersion is also bumped, which signs them out everywhere, so a session that was shared
 * or left open elsewhere ends too (they sign in again to reach their other workspaces).
 */
export async function removeMember(userId: string, input: RemoveMemberInput): Promise<{ membershipId: string }> {
  const workspace = await requireMember(userId, input.workspaceSlug, "members:manage");
  return db.$transaction(async (tx) => {
    const membership = await findWorkspaceMembership(tx, workspace.id, input.membershipId);
    if (membership.role === "owner") await assertAnotherOwner(tx, workspace.id, membership.userId);
    await tx.membership.delete({ where: { id: membership.id } });
    await tx.user.update({ where: { id: membership.userId }, data: { sessionVersion: { increment: 1 } } });
    return { membershipId: membership.id };
  });
}

import "server-only";
import { db } from "@/lib/db";
import { requireMember } from "@/lib/workspaces/require-member";
import { findWorkspaceMembership } from "./find-workspace-membership";
import { assertAnotherOwner } from "./lock-owners";
import type { RemoveMemberInput } from "./schema";

/**
 * Removes a member (owners only); the last owner cannot be removed. The removed user's session
 * stays valid, but every query and mutation checks membership, so it no longer reaches the data.
 */
export async function removeMember(userId: string, input: RemoveMemberInput): Promise<{ membershipId: string }> {
  const workspace = await requireMember(userId, input.workspaceSlug, "members:manage");
  return db.$transaction(async (tx) => {
    const membership = await findWorkspaceMembership(tx, workspace.id, input.membershipId);
    if (membership.role === "owner") await assertAnotherOwner(tx, workspace.id, membership.userId);
    await tx.membership.delete({ where: { id: membership.id } });
    return { membershipId: membership.id };
  });
}

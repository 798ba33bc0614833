import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { requireMember } from "@/lib/workspaces/require-member";
import { findWorkspaceMembership } from "./find-workspace-membership";
import { assertAnotherOwner } from "./lock-owners";
import type { ChangeMemberRoleInput } from "./schema";

/** Gives a member another role (owners only); the last owner cannot be demoted. */
export async function changeMemberRole(userId: string, input: ChangeMemberRoleInput): Promise<{ membershipId: string; role: Role }> {
  const workspace = await requireMember(userId, input.workspaceSlug, "members:manage");
  return db.$transaction(async (tx) => {
    const membership = await findWorkspaceMembership(tx, workspace.id, input.membershipId);
    if (membership.role === "owner" && input.role !== "owner") await assertAnotherOwner(tx, workspace.id, membership.userId);
    await tx.membership.update({ where: { id: membership.id }, data: { role: input.role } });
    return { membershipId: membership.id, role: input.role };
  });
}

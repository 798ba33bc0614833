import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace, type WorkspaceAccess } from "@/lib/workspaces/queries";

export interface MemberDTO {
  membershipId: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export interface MembersView {
  workspace: WorkspaceAccess;
  personal: boolean;
  members: MemberDTO[];
  /** Owners change roles, remove members and invite. */
  canManage: boolean;
  currentUserId: string;
}

/** A workspace's members, owners first, for any member; null for non-members (callers 404). */
export async function listMembers(userId: string, slug: string): Promise<MembersView | null> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) return null;
  const [{ personal }, memberships] = await Promise.all([
    db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { personal: true } }),
    db.membership.findMany({
      where: { workspaceId: workspace.id },
      // The Role enum is declared owner → viewer, so ascending order is most powerful first.
      orderBy: [{ role: "asc" }, { createdAt: "asc" }],
      select: { id: true, role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
  ]);
  return {
    workspace,
    personal,
    canManage: can(workspace.role, "members:manage"),
    currentUserId: userId,
    members: memberships.map(({ id, role, createdAt, user }) => ({
      membershipId: id,
      userId: user.id,
      name: user.name,
      email: user.email,
      role,
      joinedAt: createdAt.toISOString(),
    })),
  };
}

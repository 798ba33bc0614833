import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace } from "@/lib/workspaces/queries";
import { hashInvitationToken } from "./invitation-token";
import { invitationStatus, type InvitationStatus } from "./invitation-status";
import { invitationTokenSchema } from "./schema";

export interface InvitationView {
  status: InvitationStatus;
  email: string;
  role: Role;
  workspaceName: string;
  workspaceSlug: string;
  inviterName: string;
  expiresAt: string;
}

/**
 * What an invitation link shows: anyone holding the token may see the workspace name, inviter
 * and role. Null for malformed or unknown tokens.
 */
export async function findInvitationByToken(token: string): Promise<InvitationView | null> {
  if (!invitationTokenSchema.safeParse(token).success) return null;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: hashInvitationToken(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true, slug: true } },
      invitedBy: { select: { name: true } },
    },
  });
  if (!invitation) return null;
  return {
    status: invitationStatus(invitation),
    email: invitation.email,
    role: invitation.role,
    workspaceName: invitation.workspace.name,
    workspaceSlug: invitation.workspace.slug,
    inviterName: invitation.invitedBy.name,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

export interface PendingInvitationDTO {
  id: string;
  email: string;
  role: Role;
  inviterName: string;
  createdAt: string;
  expiresAt: string;
}

/** A workspace's pending, unexpired invitations, for owners only; null for everyone else. */
export async function listPendingInvitations(userId: string, slug: string): Promise<PendingInvitationDTO[] | null> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace || !can(workspace.role, "members:manage")) return null;
  const invitations = await db.invitation.findMany({
    where: { workspaceId: workspace.id, acceptedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    orderBy: { createdAt: "desc" },
    select: { id: true, email: true, role: true, createdAt: true, expiresAt: true, invitedBy: { select: { name: true } } },
  });
  return invitations.map(({ invitedBy, createdAt, expiresAt, ...invitation }) => ({
    ...invitation,
    inviterName: invitedBy.name,
    createdAt: createdAt.toISOString(),
    expiresAt: expiresAt.toISOString(),
  }));
}

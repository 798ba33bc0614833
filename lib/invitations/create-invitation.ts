import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/server/app-error";
import { requireMember } from "@/lib/workspaces/require-member";
import { generateInvitationToken } from "./invitation-token";
import { invitationUrl } from "./invitation-url";
import { INVITATION_TTL_DAYS, type CreateInvitationInput } from "./schema";
import { sendInvitationEmail } from "./send-invitation-email";

export interface CreatedInvitation {
  invitationId: string;
  email: string;
  role: Role;
  /** The link with the token; returned this once and never stored. */
  url: string;
  emailed: boolean;
}

/**
 * Invites an email address to a team workspace with a role (owners only). Earlier pending
 * invitations of the same address are revoked, so only the newest link works.
 */
export async function createInvitation(userId: string, input: CreateInvitationInput): Promise<CreatedInvitation> {
  const workspace = await requireMember(userId, input.workspaceSlug, "members:manage");
  const { personal } = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: { personal: true } });
  if (personal) {
    throw new AppError("FORBIDDEN", "Personal workspaces are yours alone. Create a team workspace to invite teammates.");
  }
  const member = await db.membership.findFirst({ where: { workspaceId: workspace.id, user: { email: input.email } }, select: { id: true } });
  if (member) {
    throw new AppError("CONFLICT", "That person is already a member.", { email: [`${input.email} is already a member of this workspace.`] });
  }
  const { token, tokenHash } = generateInvitationToken();
  const invitation = await db.$transaction(async (tx) => {
    await tx.invitation.updateMany({
      where: { workspaceId: workspace.id, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    return tx.invitation.create({
      data: {
        workspaceId: workspace.id,
        email: input.email,
        role: input.role,
        tokenHash,
        invitedById: userId,
        expiresAt: new Date(Date.now() + INVITATION_TTL_DAYS * 24 * 60 * 60 * 1000),
      },
      select: { id: true, invitedBy: { select: { name: true } } },
    });
  });
  const url = invitationUrl(token);
  const emailed = await sendInvitationEmail({
    to: input.email,
    url,
    workspaceName: workspace.name,
    inviterName: invitation.invitedBy.name,
    role: input.role,
  });
  return { invitationId: invitation.id, email: input.email, role: input.role, url, emailed };
}

import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/generated/prisma/enums";
import { AppError } from "@/lib/server/app-error";
import { hashInvitationToken } from "./invitation-token";
import { invitationStatus } from "./invitation-status";
import type { AcceptInvitationInput } from "./schema";

export interface AcceptedInvitation {
  workspaceSlug: string;
  workspaceName: string;
  role: Role;
  /** The user was a member already: their membership and role were kept as they were. */
  alreadyMember: boolean;
}

const REFUSALS = {
  expired: "This invitation has expired. Ask the workspace owner for a new one.",
  revoked: "This invitation was revoked. Ask the workspace owner for a new one.",
  accepted: "This invitation has already been used. Ask the workspace owner for a new one.",
} as const;

/**
 * Accepts an invitation as the signed-in user, whose email must be the invited one (so a
 * forwarded link is useless). The invitation is used once; an existing membership is kept.
 */
export async function acceptInvitation(userId: string, input: AcceptInvitationInput): Promise<AcceptedInvitation> {
  const tokenHash = hashInvitationToken(input.token);
  return db.$transaction(async (tx) => {
    // Locking the row makes two accepts of one link run one after the other: the second sees it used.
    const [locked] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
    if (!locked) throw new AppError("NOT_FOUND", "This invitation link is not valid. Check that you copied all of it.");
    const invitation = await tx.invitation.findUniqueOrThrow({
      where: { id: locked.id },
      select: { id: true, email: true, role: true, workspaceId: true, acceptedAt: true, revokedAt: true, expiresAt: true, workspace: { select: { slug: true, name: true } } },
    });
    const status = invitationStatus(invitation);
    if (status !== "pending") throw new AppError("CONFLICT", REFUSALS[status]);
    const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true } });
    if (user.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw new AppError(
        "FORBIDDEN",
        `This invitation is for ${invitation.email}, but you are signed in as ${user.email}. Sign in with the invited address to accept it.`,
      );
    }
    const existing = await tx.membership.findUnique({
      where: { workspaceId_userId: { workspaceId: invitation.workspaceId, userId } },
      select: { role: true },
    });
    if (!existing) await tx.membership.create({ data: { workspaceId: invitation.workspaceId, userId, role: invitation.role } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: new Date(), acceptedById: userId } });
    return {
      workspaceSlug: invitation.workspace.slug,
      workspaceName: invitation.workspace.name,
      role: existing?.role ?? invitation.role,
      alreadyMember: Boolean(existing),
    };
  });
}

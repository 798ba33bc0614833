import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/server/app-error";
import { requireMember } from "@/lib/workspaces/require-member";
import type { RevokeInvitationInput } from "./schema";

/** Revokes a pending invitation (owners only); its link then shows "revoked". */
export async function revokeInvitation(userId: string, input: RevokeInvitationInput): Promise<{ invitationId: string }> {
  const workspace = await requireMember(userId, input.workspaceSlug, "members:manage");
  const { count } = await db.invitation.updateMany({
    where: { id: input.invitationId, workspaceId: workspace.id, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "That invitation was already accepted, revoked or does not exist.");
  return { invitationId: input.invitationId };
}

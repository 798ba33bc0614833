export type InvitationStatus = "pending" | "expired" | "revoked" | "accepted";

/** Where an invitation stands at `now`; a revoked or used one stays so after it would expire. */
export function invitationStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now = new Date(),
): InvitationStatus {
  if (invitation.acceptedAt) return "accepted";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt <= now) return "expired";
  return "pending";
}

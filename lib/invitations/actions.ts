"use server";

import { runUserAction } from "@/lib/server/run-action";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { revokeInvitation } from "./revoke-invitation";
import { acceptInvitationSchema, createInvitationSchema, revokeInvitationSchema } from "./schema";

/** An owner invites an email address; the result carries the link, shown once. */
export async function createInvitationAction(input: unknown) {
  return runUserAction(createInvitationSchema, input, (user, data) => createInvitation(user.id, data));
}

/** An owner revokes a pending invitation. */
export async function revokeInvitationAction(input: unknown) {
  return runUserAction(revokeInvitationSchema, input, (user, data) => revokeInvitation(user.id, data));
}

/** The signed-in user accepts an invitation sent to their email. */
export async function acceptInvitationAction(input: unknown) {
  return runUserAction(acceptInvitationSchema, input, (user, data) => acceptInvitation(user.id, data));
}

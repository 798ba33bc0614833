import { z } from "zod";
import { emailSchema } from "@/lib/auth/schema";
import { roleSchema } from "@/lib/members/schema";
import { workspaceSlugSchema } from "@/lib/workspaces/schema";

export const INVITATION_TTL_DAYS = 14;

/** A token as it appears in an invitation link: 32 random bytes, base64url. */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, "That invitation link is not valid.");

/** The owner's invite form. */
export const createInvitationSchema = z.object({
  workspaceSlug: workspaceSlugSchema,
  email: emailSchema,
  role: roleSchema,
});

export const revokeInvitationSchema = z.object({ workspaceSlug: workspaceSlugSchema, invitationId: z.string().min(1).max(100) });

export const acceptInvitationSchema = z.object({ token: invitationTokenSchema });

export type CreateInvitationInput = z.infer<typeof createInvitationSchema>;
export type RevokeInvitationInput = z.infer<typeof revokeInvitationSchema>;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

import { z } from "zod";
import { workspaceSlugSchema } from "@/lib/workspaces/schema";
import { ROLES } from "@/lib/workspaces/permissions";

export const roleSchema = z.enum(ROLES, "Choose a role.");

const idSchema = z.string().min(1).max(100);

/** An owner changes a member's role. */
export const changeMemberRoleSchema = z.object({ workspaceSlug: workspaceSlugSchema, membershipId: idSchema, role: roleSchema });

/** An owner removes a member. */
export const removeMemberSchema = z.object({ workspaceSlug: workspaceSlugSchema, membershipId: idSchema });

/** Any member leaves a workspace. */
export const leaveWorkspaceSchema = z.object({ workspaceSlug: workspaceSlugSchema });

export type ChangeMemberRoleInput = z.infer<typeof changeMemberRoleSchema>;
export type RemoveMemberInput = z.infer<typeof removeMemberSchema>;
export type LeaveWorkspaceInput = z.infer<typeof leaveWorkspaceSchema>;

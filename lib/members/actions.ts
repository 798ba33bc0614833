"use server";

import { runUserAction } from "@/lib/server/run-action";
import { changeMemberRole } from "./change-member-role";
import { leaveWorkspace } from "./leave-workspace";
import { removeMember } from "./remove-member";
import { changeMemberRoleSchema, leaveWorkspaceSchema, removeMemberSchema } from "./schema";

/** An owner gives a member another role. */
export async function changeMemberRoleAction(input: unknown) {
  return runUserAction(changeMemberRoleSchema, input, (user, data) => changeMemberRole(user.id, data));
}

/** An owner removes a member. */
export async function removeMemberAction(input: unknown) {
  return runUserAction(removeMemberSchema, input, (user, data) => removeMember(user.id, data));
}

/** The signed-in user leaves a workspace. */
export async function leaveWorkspaceAction(input: unknown) {
  return runUserAction(leaveWorkspaceSchema, input, (user, data) => leaveWorkspace(user.id, data));
}

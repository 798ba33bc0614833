"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/server/run-action";
import { changeMemberRole } from "./change-member-role";
import { leaveWorkspace } from "./leave-workspace";
import { removeMember } from "./remove-member";
import { changeMemberRoleSchema, leaveWorkspaceSchema, removeMemberSchema } from "./schema";

/** An owner gives a member another role. */
export async function changeMemberRoleAction(input: unknown) {
  const user = await requireUser();
  return runAction(changeMemberRoleSchema, input, (data) => changeMemberRole(user.id, data));
}

/** An owner removes a member. */
export async function removeMemberAction(input: unknown) {
  const user = await requireUser();
  return runAction(removeMemberSchema, input, (data) => removeMember(user.id, data));
}

/** The signed-in user leaves a workspace. */
export async function leaveWorkspaceAction(input: unknown) {
  const user = await requireUser();
  return runAction(leaveWorkspaceSchema, input, (data) => leaveWorkspace(user.id, data));
}

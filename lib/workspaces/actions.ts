"use server";

import { requireUser } from "@/lib/auth/current-user";
import { runAction } from "@/lib/server/run-action";
import { createWorkspace } from "./create-workspace";
import { createWorkspaceSchema, updateWorkspaceSettingsSchema } from "./schema";
import { updateWorkspaceSettings } from "./update-workspace-settings";

/** Creates a team workspace the signed-in user owns; returns its slug. */
export async function createWorkspaceAction(input: unknown) {
  const user = await requireUser();
  return runAction(createWorkspaceSchema, input, (data) => createWorkspace(user.id, data));
}

/** Saves a workspace's name and approvals required (owners only). */
export async function updateWorkspaceSettingsAction(input: unknown) {
  const user = await requireUser();
  return runAction(updateWorkspaceSettingsSchema, input, (data) => updateWorkspaceSettings(user.id, data));
}

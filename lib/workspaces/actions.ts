"use server";

import { runUserAction } from "@/lib/server/run-action";
import { createWorkspace } from "./create-workspace";
import { createWorkspaceSchema, updateWorkspaceSettingsSchema } from "./schema";
import { updateWorkspaceSettings } from "./update-workspace-settings";

/** Creates a team workspace the signed-in user owns; returns its slug. */
export async function createWorkspaceAction(input: unknown) {
  return runUserAction(createWorkspaceSchema, input, (user, data) => createWorkspace(user.id, data));
}

/** Saves a workspace's name and approvals required (owners only). */
export async function updateWorkspaceSettingsAction(input: unknown) {
  return runUserAction(updateWorkspaceSettingsSchema, input, (user, data) => updateWorkspaceSettings(user.id, data));
}

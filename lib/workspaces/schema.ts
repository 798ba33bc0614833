import { z } from "zod";

export const WORKSPACE_NAME_MAX = 100;
export const APPROVALS_MIN = 1;
export const APPROVALS_MAX = 5;

export const workspaceSlugSchema = z.string().min(1).max(100);

const workspaceNameSchema = z
  .string()
  .trim()
  .min(1, "Name the workspace.")
  .max(WORKSPACE_NAME_MAX, `Keep the name under ${WORKSPACE_NAME_MAX} characters.`);

/** The create-workspace dialog. */
export const createWorkspaceSchema = z.object({ name: workspaceNameSchema });

/** The workspace settings form (owners). */
export const updateWorkspaceSettingsSchema = z.object({
  workspaceSlug: workspaceSlugSchema,
  name: workspaceNameSchema,
  approvalsRequired: z
    .number("Enter a whole number.")
    .int("Enter a whole number.")
    .min(APPROVALS_MIN, `Use ${APPROVALS_MIN} to ${APPROVALS_MAX}.`)
    .max(APPROVALS_MAX, `Use ${APPROVALS_MIN} to ${APPROVALS_MAX}.`),
});

export type CreateWorkspaceInput = z.infer<typeof createWorkspaceSchema>;
export type UpdateWorkspaceSettingsInput = z.infer<typeof updateWorkspaceSettingsSchema>;

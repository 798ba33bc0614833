import "server-only";
import { AppError } from "@/lib/server/app-error";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace, type WorkspaceAccess } from "@/lib/workspaces/queries";

/** The workspace when the user owns it: NOT_FOUND for non-members, FORBIDDEN for other roles. */
export async function authorizeBackup(userId: string, slug: string): Promise<WorkspaceAccess> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  if (!can(workspace.role, "settings:manage")) {
    throw new AppError("FORBIDDEN", `Only workspace owners can back up or restore a workspace. Your role here is ${workspace.role}.`);
  }
  return workspace;
}

import "server-only";
import { AppError } from "@/lib/server/app-error";
import { findMemberWorkspace, type WorkspaceAccess } from "@/lib/workspaces/queries";
import { claimPermissions, type ClaimPermissions } from "./claim-permissions";

const REFUSALS: Record<keyof ClaimPermissions, string> = {
  annotate: "Your role in this workspace does not allow annotating claims.",
  editArticle: "Your role in this workspace does not allow editing articles.",
  manageScale: "Only workspace owners can change the rating scale.",
};

/**
 * The workspace if the user is a member with the permission. Non-members get NOT_FOUND (the
 * workspace's existence is not revealed), members without the permission FORBIDDEN.
 */
export async function requireWorkspace(userId: string, slug: string, permission: keyof ClaimPermissions): Promise<WorkspaceAccess> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  if (!claimPermissions(workspace.role)[permission]) throw new AppError("FORBIDDEN", REFUSALS[permission]);
  return workspace;
}

import "server-only";
import { AppError } from "@/lib/server/app-error";
import { can, type Permission } from "./permissions";
import { findMemberWorkspace, type WorkspaceAccess } from "./queries";

const REFUSALS: Partial<Record<Permission, string>> = {
  "members:manage": "Only workspace owners can manage members and invitations.",
  "settings:manage": "Only workspace owners can change workspace settings.",
};

/**
 * The workspace if the user is a member with the permission. Non-members get NOT_FOUND (the
 * workspace's existence is not revealed), members without the permission FORBIDDEN.
 */
export async function requireMember(userId: string, slug: string, permission: Permission = "workspace:read"): Promise<WorkspaceAccess> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  if (!can(workspace.role, permission)) {
    throw new AppError("FORBIDDEN", REFUSALS[permission] ?? `Your role in this workspace (${workspace.role}) does not allow that.`);
  }
  return workspace;
}

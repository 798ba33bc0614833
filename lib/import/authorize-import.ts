import "server-only";
import { AppError } from "@/lib/server/app-error";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace } from "@/lib/workspaces/queries";

/** The workspace, if the user may add articles to it; imports are previews of new articles. */
export async function authorizeImport(userId: string, workspaceSlug: string) {
  const workspace = await findMemberWorkspace(userId, workspaceSlug);
  if (!workspace) throw new AppError("NOT_FOUND", "That workspace does not exist.");
  if (!can(workspace.role, "article:create")) {
    throw new AppError("FORBIDDEN", "Your role in this workspace does not allow adding articles.");
  }
  return workspace;
}

import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace, type WorkspaceAccess } from "@/lib/workspaces/queries";

export interface BackupView {
  workspace: WorkspaceAccess;
  /** Only owners may back up and restore. */
  canManage: boolean;
  /** A restore needs a workspace without articles. */
  empty: boolean;
}

/** The backup page's data for any member; null for non-members (callers 404). */
export async function getBackupView(userId: string, slug: string): Promise<BackupView | null> {
  const workspace = await findMemberWorkspace(userId, slug);
  if (!workspace) return null;
  const canManage = can(workspace.role, "settings:manage");
  const articles = canManage ? await db.article.count({ where: { workspaceId: workspace.id } }) : 1;
  return { workspace, canManage, empty: articles === 0 };
}

import "server-only";
import type { RatingLabelDTO } from "@/lib/claims/types";
import { can } from "@/lib/workspaces/permissions";
import { findMemberWorkspace, type WorkspaceAccess } from "@/lib/workspaces/queries";
import { listRatingLabels } from "./list-rating-labels";

export interface RatingScaleView {
  workspace: WorkspaceAccess;
  labels: RatingLabelDTO[];
  /** Only owners may change the scale. */
  canManage: boolean;
}

/** A workspace's rating scale for any member; null when the user is not a member (callers 404). */
export async function getRatingScale(userId: string, workspaceSlug: string): Promise<RatingScaleView | null> {
  const workspace = await findMemberWorkspace(userId, workspaceSlug);
  if (!workspace) return null;
  return { workspace, labels: await listRatingLabels(workspace.id), canManage: can(workspace.role, "workspace:manage") };
}

import { type ProgressRow, toClaimProgress } from "./count-progress";
import type { DashboardClient } from "./dashboard-client";
import type { ClaimProgress } from "./types";

/** Where the workspace's non-deleted claims stand, by status and flag (one trigger-kept row). */
export async function loadClaimTotals(db: DashboardClient, workspaceId: string): Promise<ClaimProgress> {
  const [row] = await db.$queryRaw<ProgressRow[]>`
    SELECT "total", "working", "proposed", "approved", "disputed", "orphaned"
    FROM "DashboardWorkspaceStats" WHERE "workspaceId" = ${workspaceId}`;
  return toClaimProgress(row);
}

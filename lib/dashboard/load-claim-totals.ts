import type { DashboardClient } from "./dashboard-client";
import { type ProgressRow, toClaimProgress } from "./count-progress";
import type { ClaimProgress } from "./types";

/** Where the workspace's non-deleted claims stand, by status and flag. */
export async function loadClaimTotals(db: DashboardClient, workspaceId: string): Promise<ClaimProgress> {
  const [row] = await db.$queryRaw<ProgressRow[]>`
    SELECT count(*) AS total,
           count(*) FILTER (WHERE "status" IN ('open', 'in_progress', 'changes_requested')) AS working,
           count(*) FILTER (WHERE "status" = 'verdict_proposed') AS proposed,
           count(*) FILTER (WHERE "status" = 'approved') AS approved,
           count(*) FILTER (WHERE "disputed") AS disputed,
           count(*) FILTER (WHERE "anchorStatus" = 'orphaned') AS orphaned
    FROM "Claim"
    WHERE "workspaceId" = ${workspaceId} AND "deletedAt" IS NULL`;
  return toClaimProgress(row);
}

import "server-only";
import { db } from "@/lib/db";
import { loadDashboardFrom } from "./load-dashboard-from";
import type { DashboardData, DashboardQuery } from "./types";

/**
 * Everything the workspace dashboard shows. Server-only, and it does NOT check access: the caller
 * must already have checked that the signed-in user is a member of `query.workspaceId` (e.g.
 * with requireMember) and validated the query (from ≤ to, sane page size and threshold).
 */
export function loadDashboard(query: DashboardQuery): Promise<DashboardData> {
  return loadDashboardFrom(db, query);
}

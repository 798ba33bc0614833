import "server-only";
import { db } from "@/lib/db";
import { readDashboardVersion } from "./read-dashboard-version";

/**
 * The dashboard's current version (DashboardData.version) alone, cheap enough to poll for live
 * updates. Like loadDashboard, it does NOT check access: the caller checks membership first.
 */
export function loadDashboardVersion(workspaceId: string): Promise<string> {
  return readDashboardVersion(db, workspaceId);
}

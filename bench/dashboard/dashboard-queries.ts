import type { DashboardQuery } from "../../lib/dashboard/types";

const DAY_MS = 86_400_000;

/**
 * The dashboard's default view (last 30 days, 48-hour threshold, first page of 20 articles),
 * with the range shifted and widened a little per request so nothing is trivially cached.
 */
export function variedQuery(workspaceId: string, index: number, rangeDays = 30): DashboardQuery {
  const to = new Date(Date.now() - (index % 5) * DAY_MS);
  const from = new Date(to.getTime() - (rangeDays - 1 + (index % 3)) * DAY_MS);
  return { workspaceId, from, to, waitingThresholdHours: 48 + (index % 4) * 24, articlePage: 1 + (index % 2), articlePageSize: 20 };
}

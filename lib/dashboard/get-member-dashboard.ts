import "server-only";
import { requireMember } from "@/lib/workspaces/require-member";
import type { WorkspaceAccess } from "@/lib/workspaces/queries";
import { type DashboardParams, parseDashboardParams, toDashboardQuery } from "./dashboard-params";
import { loadDashboard } from "./load-dashboard";
import type { DashboardData } from "./types";

export interface MemberDashboard {
  workspace: WorkspaceAccess;
  params: DashboardParams;
  /** Problems with the URL parameters (the defaults were used instead). */
  errors: string[];
  data: DashboardData;
}

type Search = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * The workspace dashboard for one of its members (any role: viewers see it too). Non-members
 * get NOT_FOUND. `articleLimit` widens the article page (the CSV export lists more rows).
 */
export async function getMemberDashboard(userId: string, slug: string, search: Search, articleLimit?: number): Promise<MemberDashboard> {
  const workspace = await requireMember(userId, slug, "workspace:read");
  const { params, errors } = parseDashboardParams(search);
  const query = toDashboardQuery(workspace.id, params);
  const data = await loadDashboard(articleLimit ? { ...query, articlePage: 1, articlePageSize: articleLimit } : query);
  return { workspace, params, errors, data };
}

import "server-only";
import { requireMember } from "@/lib/workspaces/require-member";
import { loadDashboardVersion } from "./load-dashboard-version";

/** The dashboard's data version for a member of the workspace; non-members get NOT_FOUND. */
export async function getMemberDashboardVersion(userId: string, slug: string): Promise<string> {
  const workspace = await requireMember(userId, slug, "workspace:read");
  return loadDashboardVersion(workspace.id);
}

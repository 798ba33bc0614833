import "server-only";
import { dashboardRange, utcDay } from "./dashboard-range";
import { loadActivity } from "./load-activity";
import { loadAgreement } from "./load-agreement";
import { loadArticleProgress } from "./load-article-progress";
import { loadClaimTotals } from "./load-claim-totals";
import { loadDashboardVersion } from "./load-dashboard-version";
import { loadMembers } from "./load-members";
import { loadVerdicts } from "./load-verdicts";
import { loadWaiting } from "./load-waiting";
import type { DashboardData, DashboardQuery } from "./types";

/**
 * Everything the workspace dashboard shows. Server-only, and it does NOT check access: the caller
 * must already have checked that the signed-in user is a member of `query.workspaceId` (e.g.
 * with requireMember) and validated the query (from ≤ to, sane page size and threshold).
 */
export async function loadDashboard(query: DashboardQuery): Promise<DashboardData> {
  const now = new Date();
  const range = dashboardRange(query.from, query.to);
  const id = query.workspaceId;
  // The version is read first: a change landing while the sections load then shows up as a
  // newer version on the next poll instead of being masked.
  const version = await loadDashboardVersion(id);
  const [totals, articles, members, verdicts, activity, waiting, agreement] = await Promise.all([
    loadClaimTotals(id),
    loadArticleProgress(id, { page: query.articlePage, pageSize: query.articlePageSize }),
    loadMembers(id, range),
    loadVerdicts(id),
    loadActivity(id, range),
    loadWaiting(id, query.waitingThresholdHours, now),
    loadAgreement(id),
  ]);
  return {
    version,
    generatedAt: now.toISOString(),
    range: { from: utcDay(query.from), to: range.days.at(-1) ?? utcDay(query.from) },
    totals,
    articles,
    members,
    verdicts,
    activity,
    waiting,
    agreement,
  };
}

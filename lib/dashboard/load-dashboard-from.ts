import type { DashboardClient } from "./dashboard-client";
import { dashboardRange, utcDay } from "./dashboard-range";
import { loadActivity } from "./load-activity";
import { loadAgreement } from "./load-agreement";
import { loadArticleProgress } from "./load-article-progress";
import { loadClaimTotals } from "./load-claim-totals";
import { loadMembers } from "./load-members";
import { loadVerdicts } from "./load-verdicts";
import { loadWaiting } from "./load-waiting";
import { readDashboardVersion } from "./read-dashboard-version";
import type { DashboardData, DashboardQuery } from "./types";

/**
 * The dashboard's data read through `client`, with no access check (see loadDashboard, which the
 * app calls; the benchmark calls this with its own client).
 */
export async function loadDashboardFrom(client: DashboardClient, query: DashboardQuery): Promise<DashboardData> {
  const now = new Date();
  const range = dashboardRange(query.from, query.to);
  const id = query.workspaceId;
  // The version is read first: a change landing while the sections load then shows up as a
  // newer version on the next poll instead of being masked.
  const version = await readDashboardVersion(client, id);
  const [totals, articles, members, verdicts, activity, waiting, agreement] = await Promise.all([
    loadClaimTotals(client, id),
    loadArticleProgress(client, id, { page: query.articlePage, pageSize: query.articlePageSize }),
    loadMembers(client, id, range),
    loadVerdicts(client, id),
    loadActivity(client, id, range),
    loadWaiting(client, id, query.waitingThresholdHours, now),
    loadAgreement(client, id),
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

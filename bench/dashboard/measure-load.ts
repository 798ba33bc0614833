import type { DashboardClient } from "../../lib/dashboard/dashboard-client";
import { dashboardRange } from "../../lib/dashboard/dashboard-range";
import { loadActivity } from "../../lib/dashboard/load-activity";
import { loadAgreement } from "../../lib/dashboard/load-agreement";
import { loadArticleProgress } from "../../lib/dashboard/load-article-progress";
import { loadClaimTotals } from "../../lib/dashboard/load-claim-totals";
import { loadDashboardFrom } from "../../lib/dashboard/load-dashboard-from";
import { loadMembers } from "../../lib/dashboard/load-members";
import { loadVerdicts } from "../../lib/dashboard/load-verdicts";
import { loadWaiting } from "../../lib/dashboard/load-waiting";
import { readDashboardVersion } from "../../lib/dashboard/read-dashboard-version";
import { log } from "../lib/log";
import { variedQuery } from "./dashboard-queries";

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/** Milliseconds of `runs` loadDashboard calls (the app's server-side work), after a warm-up. */
export async function measureLoad(client: DashboardClient, workspaceId: string, runs: number, rangeDays = 30): Promise<number[]> {
  for (let index = 0; index < 3; index++) await loadDashboardFrom(client, variedQuery(workspaceId, index, rangeDays));
  const samples: number[] = [];
  for (let index = 0; index < runs; index++) {
    samples.push(await time(() => loadDashboardFrom(client, variedQuery(workspaceId, index, rangeDays))));
    if ((index + 1) % 10 === 0) log(`loadDashboard (${rangeDays} days) ${index + 1}/${runs}: last ${samples[index].toFixed(1)} ms`);
  }
  return samples;
}

/** Milliseconds per section, each run alone (loadDashboard runs them side by side). */
export async function measureSections(client: DashboardClient, workspaceId: string, runs: number): Promise<Record<string, number[]>> {
  const sections: Record<string, (index: number) => Promise<unknown>> = {
    version: () => readDashboardVersion(client, workspaceId),
    totals: () => loadClaimTotals(client, workspaceId),
    articles: (index) => loadArticleProgress(client, workspaceId, { page: 1 + (index % 2), pageSize: 20 }),
    members: (index) => loadMembers(client, workspaceId, dashboardRange(variedQuery(workspaceId, index).from, variedQuery(workspaceId, index).to)),
    verdicts: () => loadVerdicts(client, workspaceId),
    activity: (index) => loadActivity(client, workspaceId, dashboardRange(variedQuery(workspaceId, index).from, variedQuery(workspaceId, index).to)),
    waiting: (index) => loadWaiting(client, workspaceId, variedQuery(workspaceId, index).waitingThresholdHours, new Date()),
    agreement: () => loadAgreement(client, workspaceId),
  };
  const samples: Record<string, number[]> = {};
  for (const [name, run] of Object.entries(sections)) {
    await run(0);
    samples[name] = [];
    for (let index = 0; index < runs; index++) samples[name].push(await time(() => run(index)));
  }
  return samples;
}

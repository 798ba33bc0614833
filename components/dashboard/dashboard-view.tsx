"use client";

import { Download } from "lucide-react";
import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { type DashboardParams, dashboardSearch } from "@/lib/dashboard/dashboard-params";
import type { DashboardData } from "@/lib/dashboard/types";
import { formatDate } from "@/lib/format";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ActivityChart } from "./activity-chart";
import { AgreementPanel } from "./agreement-panel";
import { ArticleProgressTable } from "./article-progress-table";
import { claimLinks } from "./dashboard-links";
import { LiveIndicator } from "./live-indicator";
import { MemberTable } from "./member-table";
import { RangePicker } from "./range-picker";
import { TotalsPanel } from "./totals-panel";
import { useLiveDashboard } from "./use-live-dashboard";
import { VerdictChart } from "./verdict-chart";
import { WaitingPanel } from "./waiting-panel";

interface Props {
  slug: string;
  workspaceName: string;
  params: DashboardParams;
  /** Problems with the URL's parameters, shown above the (default) figures. */
  errors: string[];
  initial: DashboardData;
  /** The ETag the data feed gives `initial`, so the first poll can answer 304. */
  initialEtag: string;
}

/** The team dashboard, kept current while it is open. */
export function DashboardView({ slug, workspaceName, params, errors, initial, initialEtag }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const search = dashboardSearch(params);
  const { data, state, updatedAt } = useLiveDashboard(initial, initialEtag, `/api/w/${slug}/dashboard?${search}`);
  const link = claimLinks(slug);
  // Marks the moment the forms respond (tests wait for it; text typed earlier would be reset).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const go = (next: Partial<DashboardParams>) => router.push(`${pathname}?${dashboardSearch({ ...params, ...next })}`, { scroll: false });

  return (
    <main className="mx-auto max-w-7xl space-y-6 py-2" data-hydrated={hydrated || undefined}>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Dashboard</h1>
          <p className="text-sm text-muted">
            {workspaceName} · {formatDate(data.range.from)} – {formatDate(data.range.to)}
          </p>
        </div>
        <div className="flex items-center gap-4">
          <LiveIndicator state={state} updatedAt={updatedAt} />
          <Button variant="secondary" size="sm" asChild>
            <a href={`/api/w/${slug}/dashboard/export?${search}`} download>
              <Download className="size-4" aria-hidden /> Export CSV
            </a>
          </Button>
        </div>
      </div>

      {errors.length ? (
        <Alert>
          <p className="font-medium">Some settings in the address could not be used:</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </Alert>
      ) : null}

      <RangePicker key={`${params.from}:${params.to}`} from={params.from} to={params.to} onRange={(range) => go({ ...range, articlePage: 1 })} />

      <TotalsPanel totals={data.totals} link={link} />

      <div className="grid gap-6 lg:grid-cols-3">
        <ActivityChart days={data.activity} link={link} />
        <VerdictChart verdicts={data.verdicts} link={link} />
        <WaitingPanel key={data.waiting.thresholdHours} slug={slug} waiting={data.waiting} link={link} onThreshold={(thresholdHours) => go({ thresholdHours })} />
        <AgreementPanel agreement={data.agreement} link={link} />
        <ArticleProgressTable slug={slug} articles={data.articles} link={link} pageHref={(articlePage) => `${pathname}?${dashboardSearch({ ...params, articlePage })}`} />
        <MemberTable members={data.members} range={data.range} link={link} />
      </div>
    </main>
  );
}

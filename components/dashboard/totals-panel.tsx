import type { ClaimProgress } from "@/lib/dashboard/types";
import { cn } from "@/components/ui/cn";
import { type ClaimLink, progressFilters } from "./dashboard-links";
import { formatPercent } from "./format";
import { NumberLink } from "./number-link";
import { ProgressBar, ProgressLegend } from "./progress-bar";

const TILES = [
  { key: "total", label: "Claims", noun: "claims in the workspace", tone: "" },
  { key: "approved", label: "Approved", noun: "approved claims", tone: "text-success" },
  { key: "proposed", label: "Awaiting review", noun: "claims awaiting review", tone: "text-accent" },
  { key: "working", label: "Being checked", noun: "claims being checked", tone: "" },
  { key: "disputed", label: "Disputed", noun: "disputed claims", tone: "text-danger" },
  { key: "orphaned", label: "Orphaned", noun: "orphaned claims", tone: "" },
] as const satisfies readonly { key: keyof ClaimProgress; label: string; noun: string; tone: string }[];

/** The workspace's claims at a glance: six linked counts and one progress bar. */
export function TotalsPanel({ totals, link }: { totals: ClaimProgress; link: ClaimLink }) {
  const share = totals.total ? totals.approved / totals.total : null;
  return (
    <section aria-labelledby="totals-title" className="rounded-xl border border-line bg-surface p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="totals-title" className="text-base font-semibold tracking-tight">
          All claims
        </h2>
        <p className="text-sm text-muted">{share === null ? "No claims yet" : `${formatPercent(share)} approved`}</p>
      </div>
      <dl className="mt-4 grid grid-cols-2 gap-x-6 gap-y-4 sm:grid-cols-3 lg:grid-cols-6">
        {TILES.map((tile) => (
          <div key={tile.key} className={cn(tile.key === "disputed" && "lg:border-l lg:border-line lg:pl-6")}>
            <dt className="text-xs font-medium uppercase tracking-wide text-muted">{tile.label}</dt>
            <dd className={cn("mt-1 text-3xl font-semibold tracking-tight", totals[tile.key] > 0 && tile.tone)}>
              <NumberLink value={totals[tile.key]} href={link(progressFilters(tile.key))} label={tile.noun} />
            </dd>
          </div>
        ))}
      </dl>
      <ProgressBar progress={totals} className="mt-5" />
      <ProgressLegend className="mt-2" />
    </section>
  );
}

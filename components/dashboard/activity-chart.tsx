"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ActivityDay } from "@/lib/dashboard/types";
import { ChartCard } from "./chart-card";
import { CHART } from "./chart-theme";
import type { ClaimLink } from "./dashboard-links";
import { formatCount, formatShortDay } from "./format";
import { NumberLink } from "./number-link";
import { TABLE, TBODY, TD, TD_NUM, TH, TH_NUM, THEAD } from "./table-styles";

function summarize(days: ActivityDay[]): string {
  const claims = days.reduce((sum, day) => sum + day.claims, 0);
  const reviews = days.reduce((sum, day) => sum + day.reviews, 0);
  const busiest = days.reduce<ActivityDay | null>((best, day) => (!best || day.claims + day.reviews > best.claims + best.reviews ? day : best), null);
  const peak = busiest && busiest.claims + busiest.reviews > 0 ? ` Busiest day: ${formatShortDay(busiest.day)} (${busiest.claims} claims, ${busiest.reviews} reviews).` : "";
  return `Activity chart: ${formatCount(claims)} claims marked and ${formatCount(reviews)} reviews over ${days.length} days.${peak}`;
}

/** Claims marked and reviews recorded per day over the chosen range. */
export function ActivityChart({ days, link }: { days: ActivityDay[]; link: ClaimLink }) {
  const chart = (
    <ResponsiveContainer width="100%" height={260}>
      <AreaChart data={days} margin={{ top: 8, right: 8, bottom: 0, left: -16 }} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="day" tickFormatter={formatShortDay} tick={CHART.tick} stroke={CHART.grid} minTickGap={24} />
        <YAxis allowDecimals={false} tick={CHART.tick} stroke={CHART.grid} width={48} />
        <Tooltip {...CHART.tooltip} labelFormatter={(day) => formatShortDay(String(day))} />
        <Legend wrapperStyle={{ fontSize: 12, color: "var(--muted)" }} iconType="circle" iconSize={8} />
        <Area type="monotone" dataKey="claims" name="Claims marked" stroke={CHART.claims} fill={CHART.claims} fillOpacity={0.15} strokeWidth={2} isAnimationActive={false} />
        <Area type="monotone" dataKey="reviews" name="Reviews" stroke={CHART.reviews} fill={CHART.reviews} fillOpacity={0.12} strokeWidth={2} isAnimationActive={false} />
      </AreaChart>
    </ResponsiveContainer>
  );
  const table = (
    <div className="max-h-72 overflow-y-auto rounded-lg border border-line" tabIndex={0} role="region" aria-label="Activity per day">
      <table className={TABLE}>
        <caption className="sr-only">Claims marked and reviews recorded per day</caption>
        <thead className={`${THEAD} sticky top-0 bg-subtle`}>
          <tr>
            <th scope="col" className={TH}>Day</th>
            <th scope="col" className={TH_NUM}>Claims marked</th>
            <th scope="col" className={TH_NUM}>Reviews</th>
          </tr>
        </thead>
        <tbody className={TBODY}>
          {[...days].reverse().map((day) => (
            <tr key={day.day}>
              <th scope="row" className={`${TD} text-left font-normal`}>
                <time dateTime={day.day}>{formatShortDay(day.day)} {day.day.slice(0, 4)}</time>
              </th>
              <td className={TD_NUM}>
                <NumberLink value={day.claims} href={link({ from: day.day, to: day.day })} label={`claims marked on ${day.day}`} />
              </td>
              <td className={TD_NUM}>
                <NumberLink value={day.reviews} href={link({ reviewedFrom: day.day, reviewedTo: day.day })} label={`reviews recorded on ${day.day}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
  return (
    <ChartCard
      id="activity"
      title="Activity"
      description="Claims marked and reviews recorded per day"
      summary={summarize(days)}
      chart={chart}
      table={table}
      className="lg:col-span-2"
    />
  );
}

"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { VerdictCount } from "@/lib/dashboard/types";
import { ChartCard } from "./chart-card";
import { CHART } from "./chart-theme";
import type { ClaimLink } from "./dashboard-links";
import { formatCount } from "./format";
import { NumberLink } from "./number-link";
import { TABLE, TBODY, TD, TD_NUM, TH, TH_NUM, THEAD } from "./table-styles";

function summarize(verdicts: VerdictCount[]): string {
  const given = verdicts.filter((verdict) => verdict.count > 0);
  if (given.length === 0) return "Verdict chart: no claim has a verdict yet.";
  return `Verdict chart: ${given.map((verdict) => `${verdict.label} ${verdict.count} (${verdict.approved} approved)`).join(", ")}.`;
}

/** How many claims carry each verdict of the rating scale, approved ones in full colour. */
export function VerdictChart({ verdicts, link }: { verdicts: VerdictCount[]; link: ClaimLink }) {
  const data = verdicts.map((verdict) => ({ ...verdict, pending: verdict.count - verdict.approved }));
  const chart = (
    <ResponsiveContainer width="100%" height={Math.max(160, data.length * 34 + 24)}>
      <BarChart data={data} layout="vertical" margin={{ top: 0, right: 16, bottom: 0, left: 0 }} barCategoryGap={6} accessibilityLayer={false}>
        <CartesianGrid stroke={CHART.grid} strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={CHART.tick} stroke={CHART.grid} />
        <YAxis type="category" dataKey="label" tick={CHART.tick} stroke={CHART.grid} width={96} interval={0} />
        <Tooltip {...CHART.tooltip} />
        <Bar dataKey="approved" name="Approved" stackId="verdict" isAnimationActive={false}>
          {data.map((verdict) => (
            <Cell key={verdict.ratingLabelId} fill={verdict.color} />
          ))}
        </Bar>
        <Bar dataKey="pending" name="Not yet approved" stackId="verdict" radius={[0, 4, 4, 0]} isAnimationActive={false}>
          {data.map((verdict) => (
            <Cell key={verdict.ratingLabelId} fill={verdict.color} fillOpacity={0.35} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
  const table = (
    <table className={TABLE}>
      <caption className="sr-only">Claims per verdict</caption>
      <thead className={THEAD}>
        <tr>
          <th scope="col" className={TH}>Verdict</th>
          <th scope="col" className={TH_NUM}>Claims</th>
          <th scope="col" className={TH_NUM}>Approved</th>
        </tr>
      </thead>
      <tbody className={TBODY}>
        {verdicts.map((verdict) => (
          <tr key={verdict.ratingLabelId}>
            <th scope="row" className={`${TD} text-left font-normal`}>
              <span className="flex items-center gap-2">
                <span aria-hidden className="inline-block size-2.5 rounded-sm" style={{ background: verdict.color }} />
                {verdict.label}
              </span>
            </th>
            <td className={TD_NUM}>
              <NumberLink value={verdict.count} href={link({ verdict: verdict.ratingLabelId })} label={`claims rated ${verdict.label}`} />
            </td>
            <td className={TD_NUM}>
              <NumberLink value={verdict.approved} href={link({ verdict: verdict.ratingLabelId, status: "approved" })} label={`approved claims rated ${verdict.label}`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  const total = verdicts.reduce((sum, verdict) => sum + verdict.count, 0);
  return (
    <ChartCard
      id="verdicts"
      title="Verdicts"
      description={`${formatCount(total)} claims with a verdict; solid = approved`}
      summary={summarize(verdicts)}
      chart={chart}
      table={table}
    />
  );
}

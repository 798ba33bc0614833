"use client";

import { BarChart3, Table2 } from "lucide-react";
import { type ReactNode, useState } from "react";
import { Button } from "@/components/ui/button";
import { DashboardCard } from "./dashboard-card";

/**
 * A dashboard card holding a chart and its table alternative behind a toggle. The chart is one
 * image named by `summary`; the table carries every figure (with links) for keyboard and
 * screen-reader users, and for anyone who wants the exact numbers.
 */
export function ChartCard({ id, title, description, summary, chart, table, className }: {
  id: string;
  title: string;
  description?: ReactNode;
  summary: string;
  chart: ReactNode;
  table: ReactNode;
  className?: string;
}) {
  const [asTable, setAsTable] = useState(false);
  const toggle = (
    <Button variant="secondary" size="sm" aria-pressed={asTable} aria-controls={`${id}-body`} onClick={() => setAsTable(!asTable)}>
      {asTable ? <BarChart3 className="size-4" aria-hidden /> : <Table2 className="size-4" aria-hidden />}
      {asTable ? "Show as chart" : "Show as table"}
      <span className="sr-only">: {title}</span>
    </Button>
  );
  return (
    <DashboardCard id={id} title={title} description={description} actions={toggle} className={className}>
      <div id={`${id}-body`}>
        {asTable ? (
          table
        ) : (
          <div role="img" aria-label={summary}>
            {chart}
          </div>
        )}
      </div>
    </DashboardCard>
  );
}

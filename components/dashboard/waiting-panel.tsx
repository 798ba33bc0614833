"use client";

import Link from "next/link";
import { type FormEvent, useState } from "react";
import type { DashboardData } from "@/lib/dashboard/types";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { DashboardCard } from "./dashboard-card";
import type { ClaimLink } from "./dashboard-links";
import { formatHours } from "./format";
import { NumberLink } from "./number-link";

/** How many of the longest-waiting claims the card lists; the count links to all of them. */
const LISTED = 5;

interface Props {
  slug: string;
  waiting: DashboardData["waiting"];
  link: ClaimLink;
  onThreshold(hours: number): void;
}

/** Submitted verdicts nobody has reviewed for longer than the threshold, oldest first. */
export function WaitingPanel({ slug, waiting, link, onThreshold }: Props) {
  const [value, setValue] = useState(String(waiting.thresholdHours));
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const hours = Number(value);
    if (!Number.isInteger(hours) || hours < 1 || hours > 8760) {
      setError("Enter a whole number of hours from 1 to 8760.");
      return;
    }
    setError(null);
    onThreshold(hours);
  }

  const listHref = link({ status: "verdict_proposed", waitingOver: waiting.thresholdHours });
  const more = waiting.count - Math.min(LISTED, waiting.oldest.length);
  const form = (
    <form onSubmit={submit} className="flex items-end gap-2" aria-label="Waiting threshold" noValidate>
      <div>
        <label htmlFor="waiting-threshold" className="block text-xs font-medium text-muted">
          Older than (hours)
        </label>
        <Input
          id="waiting-threshold"
          inputMode="numeric"
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "waiting-threshold-error" : undefined}
          className="h-8 w-20"
        />
      </div>
      <Button type="submit" variant="secondary" size="sm">
        Apply
      </Button>
    </form>
  );

  return (
    <DashboardCard
      id="waiting"
      title="Overdue reviews"
      description={`Submitted for review more than ${formatHours(waiting.thresholdHours)} ago`}
      actions={form}
      className="lg:col-span-2"
    >
      {error ? (
        <p id="waiting-threshold-error" role="alert" className="-mt-2 mb-3 text-sm text-danger">
          {error}
        </p>
      ) : null}
      <p className="text-3xl font-semibold tracking-tight">
        <NumberLink
          value={waiting.count}
          href={listHref}
          label={`claims waiting for review longer than ${waiting.thresholdHours} hours`}
          className={waiting.count > 0 ? "text-danger" : undefined}
        />
        <span className="ml-2 text-sm font-normal text-muted">{waiting.count === 1 ? "claim waits" : "claims wait"}</span>
      </p>
      {waiting.oldest.length > 0 ? (
        <ol className="mt-3 divide-y divide-line border-t border-line text-sm" aria-label="Longest waiting">
          {waiting.oldest.slice(0, LISTED).map((item) => (
            <li key={item.claimId} className="flex items-baseline gap-3 py-2">
              <Link href={`/w/${slug}/articles/${item.articleId}?claim=${item.claimId}`} className="min-w-0 flex-1 hover:text-accent hover:underline">
                <span className="line-clamp-1">“{item.exact}”</span>
                <span className="block truncate text-xs text-muted">{item.articleTitle}</span>
              </Link>
              <span className="shrink-0 tabular-nums text-muted">{formatHours(item.waitingHours)}</span>
            </li>
          ))}
        </ol>
      ) : null}
      {waiting.oldest.length > 0 && more > 0 ? (
        <p className="border-t border-line pt-2 text-sm">
          <Link href={listHref} className="text-accent hover:underline">
            {more} more waiting
          </Link>
        </p>
      ) : null}
      {waiting.oldest.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing overdue. Every submitted verdict has been looked at in time.</p>
      ) : null}
    </DashboardCard>
  );
}

"use client";

import { type FormEvent, useState } from "react";
import { presetRange, rangeError } from "@/lib/dashboard/dashboard-params";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Input } from "@/components/ui/input";

const PRESETS = [7, 30, 90, 365] as const;

interface Props {
  from: string;
  to: string;
  onRange(range: { from: string; to: string }): void;
}

/** The dashboard's date range: quick presets or two dates, checked before anything reloads. */
export function RangePicker({ from, to, onRange }: Props) {
  const [draft, setDraft] = useState({ from, to });
  const [error, setError] = useState<string | null>(null);
  const today = presetRange(1).to;

  function submit(event: FormEvent) {
    event.preventDefault();
    const problem = !draft.from || !draft.to ? "Enter both a start and an end date." : rangeError(draft.from, draft.to);
    setError(problem);
    if (!problem) onRange(draft);
  }

  function choose(days: number) {
    const range = presetRange(days);
    setDraft(range);
    setError(null);
    onRange(range);
  }

  return (
    <div className="space-y-2">
      <form onSubmit={submit} noValidate aria-label="Date range" className="flex flex-wrap items-end gap-3">
        <div role="group" aria-label="Quick ranges" className="flex rounded-md border border-line bg-surface p-0.5">
          {PRESETS.map((days) => {
            const active = from === presetRange(days).from && to === today;
            return (
              <button
                key={days}
                type="button"
                aria-pressed={active}
                onClick={() => choose(days)}
                className={cn("h-8 rounded px-3 text-sm font-medium", active ? "bg-accent text-accent-ink" : "text-muted hover:bg-subtle hover:text-ink")}
              >
                {days === 365 ? "1 year" : `${days} days`}
              </button>
            );
          })}
        </div>
        <DateField id="range-from" label="From" value={draft.from} max={today} invalid={Boolean(error)} onChange={(value) => setDraft({ ...draft, from: value })} />
        <DateField id="range-to" label="To" value={draft.to} max={today} invalid={Boolean(error)} onChange={(value) => setDraft({ ...draft, to: value })} />
        <Button type="submit" variant="secondary" size="sm" className="h-9">
          Apply dates
        </Button>
      </form>
      {error ? (
        <p id="range-error" role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

function DateField({ id, label, value, max, invalid, onChange }: { id: string; label: string; value: string; max: string; invalid: boolean; onChange(value: string): void }) {
  return (
    <div>
      <label htmlFor={id} className="block text-xs font-medium text-muted">
        {label}
      </label>
      <Input
        id={id}
        type="date"
        value={value}
        max={max}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "range-error" : undefined}
        className="h-9 w-40"
      />
    </div>
  );
}

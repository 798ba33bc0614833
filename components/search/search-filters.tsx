import { X } from "lucide-react";
import Link from "next/link";
import { STATUS_LABELS, CLAIM_STATUSES } from "@/lib/claims/types";
import type { SearchFilterOptions } from "@/lib/search/types";

const LABEL = "block text-xs font-semibold uppercase tracking-wide text-muted";
const CONTROL =
  "mt-1 h-8 w-full rounded-md border border-line bg-surface px-2 text-sm text-ink focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30";

/** The dashboard-only filters (no control of their own), each shown as a removable chip. */
export const PINNED_FILTERS = {
  article: ["article"],
  waitingOver: ["waitingOver"],
  openFor: ["openFor"],
  reviewed: ["reviewedFrom", "reviewedTo"],
  agreement: ["agreement"],
} as const;
export type PinnedFilter = keyof typeof PINNED_FILTERS;

const AGREEMENT_LABELS: Record<string, string> = {
  agree: "Reviewer agreed with the verdict",
  disagree: "Reviewer's verdict differs",
  any: "Reviewer gave an independent verdict",
};

interface Props {
  options: SearchFilterOptions;
  /** The URL's values as given (shown again even when invalid). */
  params: Record<string, string>;
  clearHref: string;
  /** Where the remove buttons of the dashboard-only filters lead (the same search without them). */
  removeHref: Record<PinnedFilter, string>;
}

/** The filter column of the search form: each control is a GET parameter of the claim-list contract. */
export function SearchFilters({ options, params, clearHref, removeHref }: Props) {
  const value = (key: string) => params[key] ?? "";
  return (
    <fieldset className="min-w-0 space-y-3 rounded-xl border border-line bg-surface p-3">
      <legend className="sr-only">Filters</legend>
      <Select id="search-verdict" name="verdict" label="Verdict" value={value("verdict")}>
        {options.verdicts.map((verdict) => (
          <option key={verdict.id} value={verdict.id}>
            {verdict.label}
          </option>
        ))}
      </Select>
      <Select id="search-status" name="status" label="Status" value={value("status")}>
        <option value="working">Working (open, in progress, changes requested)</option>
        {CLAIM_STATUSES.map((status) => (
          <option key={status} value={status}>
            {STATUS_LABELS[status]}
          </option>
        ))}
      </Select>
      <Select id="search-member" name="member" label="Created by" value={value("member")}>
        {options.members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </Select>
      <Select id="search-reviewer" name="reviewer" label="Reviewed by" value={value("reviewer")}>
        {options.members.map((member) => (
          <option key={member.id} value={member.id}>
            {member.name}
          </option>
        ))}
      </Select>
      <div className="space-y-3">
        <div>
          <label htmlFor="search-from" className={LABEL}>
            From
          </label>
          <input id="search-from" name="from" type="date" defaultValue={value("from")} className={CONTROL} />
        </div>
        <div>
          <label htmlFor="search-to" className={LABEL}>
            To
          </label>
          <input id="search-to" name="to" type="date" defaultValue={value("to")} className={CONTROL} />
        </div>
      </div>
      <div className="space-y-1.5 pt-1">
        <Check name="disputed" label="Disputed only" checked={value("disputed") === "1"} />
        <Check name="orphaned" label="Lost their place (orphaned)" checked={value("orphaned") === "1"} />
      </div>
      {params.article ? (
        <Pinned fields={{ article: params.article }} label={`Article: ${options.article?.title ?? "unknown"}`} removeHref={removeHref.article} />
      ) : null}
      {params.waitingOver ? (
        <Pinned fields={{ waitingOver: params.waitingOver }} label={`Waiting for review over ${params.waitingOver} h`} removeHref={removeHref.waitingOver} />
      ) : null}
      {params.openFor ? (
        <Pinned
          fields={{ openFor: params.openFor }}
          label={`Open items of ${options.members.find((member) => member.id === params.openFor)?.name ?? "unknown member"}`}
          removeHref={removeHref.openFor}
        />
      ) : null}
      {params.reviewedFrom || params.reviewedTo ? (
        <Pinned
          fields={{ reviewedFrom: params.reviewedFrom, reviewedTo: params.reviewedTo }}
          label={
            params.reviewedFrom === params.reviewedTo ? `Reviewed on ${params.reviewedFrom}` : `Reviewed ${params.reviewedFrom ?? "…"} – ${params.reviewedTo ?? "…"}`
          }
          removeHref={removeHref.reviewed}
        />
      ) : null}
      {params.agreement ? (
        <Pinned fields={{ agreement: params.agreement }} label={AGREEMENT_LABELS[params.agreement] ?? `Reviewer agreement: ${params.agreement}`} removeHref={removeHref.agreement} />
      ) : null}
      <Link href={clearHref} className="inline-block text-sm text-accent underline-offset-2 hover:underline">
        Clear filters
      </Link>
    </fieldset>
  );
}

function Select({ id, name, label, value, children }: { id: string; name: string; label: string; value: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className={LABEL}>
        {label}
      </label>
      <select id={id} name={name} defaultValue={value} className={CONTROL}>
        <option value="">Any</option>
        {children}
      </select>
    </div>
  );
}

function Check({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  return (
    <label className="flex items-center gap-2 text-sm text-ink">
      <input type="checkbox" name={name} value="1" defaultChecked={checked} className="size-4 accent-[var(--accent)]" />
      {label}
    </label>
  );
}

// Filters the dashboard links with that have no control of their own: kept, and removable.
function Pinned({ fields, label, removeHref }: { fields: Record<string, string | undefined>; label: string; removeHref: string }) {
  return (
    <div className="flex items-center justify-between gap-2 rounded-md bg-subtle px-2 py-1 text-xs text-ink" data-testid="search-pinned-filter">
      <span className="min-w-0 break-words" title={label}>
        {label}
      </span>
      {Object.entries(fields).map(([name, value]) => (value ? <input key={name} type="hidden" name={name} value={value} /> : null))}
      <Link href={removeHref} aria-label={`Remove filter: ${label}`} className="rounded p-0.5 text-muted hover:text-ink">
        <X aria-hidden className="size-3.5" />
      </Link>
    </div>
  );
}

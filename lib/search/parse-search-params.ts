import { claimListFiltersSchema, type ClaimListFilters } from "./claim-list-filters";

const NAMES: Record<string, string> = {
  q: "Search text",
  type: "Type",
  status: "Status",
  verdict: "Verdict",
  member: "Created by",
  reviewer: "Reviewed by",
  openFor: "Open items of",
  article: "Article",
  disputed: "Disputed",
  orphaned: "Orphaned",
  waitingOver: "Waiting longer than",
  from: "From date",
  to: "To date",
  reviewedFrom: "Reviewed from",
  reviewedTo: "Reviewed to",
  agreement: "Reviewer agreement",
  page: "Page",
};

export type ParsedSearchParams = { ok: true; filters: ClaimListFilters } | { ok: false; problems: string[] };

/**
 * The search page's URL parameters checked against the shared contract. Empty values (a form's
 * "any" choice) count as absent, unknown parameters are ignored; anything else invalid is
 * reported by the name the form shows, never silently dropped.
 */
export function parseSearchParams(params: Record<string, string | string[] | undefined>): ParsedSearchParams {
  const input: Record<string, string> = {};
  for (const key of Object.keys(claimListFiltersSchema.shape)) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value !== undefined && value.trim() !== "") input[key] = value;
  }
  const parsed = claimListFiltersSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const key = String(issue.path[0] ?? "");
        if (issue.code === "too_big" && issue.origin === "string") return `${NAMES[key] ?? key}: keep it under ${issue.maximum} characters.`;
        return `${NAMES[key] ?? key}: ${describeIssue(issue.code, issue.message, input[key])}`;
      }),
    };
  }
  const { from, to, reviewedFrom, reviewedTo } = parsed.data;
  const problems: string[] = [];
  for (const [key, day] of [["from", from], ["to", to], ["reviewedFrom", reviewedFrom], ["reviewedTo", reviewedTo]] as const) {
    if (day && !isCalendarDay(day)) problems.push(`${NAMES[key]}: ${day} is not a date.`);
  }
  if (from && to && from > to) problems.push(`From date: ${from} is after the to date ${to}.`);
  if (reviewedFrom && reviewedTo && reviewedFrom > reviewedTo) problems.push(`Reviewed from: ${reviewedFrom} is after ${reviewedTo}.`);
  return problems.length ? { ok: false, problems } : { ok: true, filters: parsed.data };
}

// Date.parse rolls 2026-02-31 over into March; a real day reads back the same.
function isCalendarDay(day: string) {
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === day;
}

// zod's default messages name types ("expected one of …"); say what the value was instead.
function describeIssue(code: string, message: string, value: string | undefined) {
  if (code === "invalid_value") return `“${value}” is not one of the choices.`;
  if (code === "too_big" || code === "too_small" || code === "invalid_type") return `“${value}” is out of range.`;
  return message;
}

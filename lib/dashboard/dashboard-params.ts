import { z } from "zod";
import type { DashboardQuery } from "./types";

// The dashboard's URL parameters (?from=&to=&threshold=&page=). Universal: the page and the
// JSON/CSV routes parse them on the server, the date-range picker validates with them before it
// navigates, so a bad range gets the same message wherever it comes from.

/** Longest date range the dashboard accepts, in days (two years, leap day included). */
export const MAX_RANGE_DAYS = 731;
export const DEFAULT_RANGE_DAYS = 30;
export const DEFAULT_THRESHOLD_HOURS = 48;
export const ARTICLE_PAGE_SIZE = 20;
const DAY_MS = 86_400_000;

export interface DashboardParams {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
  thresholdHours: number;
  articlePage: number;
}

type SearchInput = URLSearchParams | Record<string, string | string[] | undefined>;

const dayString = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-25.").refine(isRealDay, "That date does not exist.");

const paramsSchema = z.object({
  from: dayString.optional(),
  to: dayString.optional(),
  threshold: z.coerce.number({ error: "The threshold must be a number of hours." }).int("The threshold must be a whole number of hours.")
    .min(1, "The threshold must be at least 1 hour.").max(8760, "The threshold can be at most 8760 hours (a year).").optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
});

function isRealDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** A Date as its UTC day, YYYY-MM-DD. */
export function utcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC day `days` after (or before, when negative) `day`. */
export function addDays(day: string, days: number): string {
  return utcDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS));
}

/** The last `days` days ending today (UTC), both ends included. */
export function presetRange(days: number, today: Date = new Date()): { from: string; to: string } {
  const to = utcDay(today);
  return { from: addDays(to, -(days - 1)), to };
}

/** Why a date range cannot be shown, or null when it can. */
export function rangeError(from: string, to: string): string | null {
  if (!isRealDay(from) || !isRealDay(to)) return "Enter both dates as real days, like 2026-11-25.";
  if (from > to) return `The start date (${from}) is after the end date (${to}). Pick a start on or before the end.`;
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  if (days > MAX_RANGE_DAYS) return `That range covers ${days} days; the dashboard shows at most ${MAX_RANGE_DAYS} days (two years).`;
  return null;
}

function firstValue(input: SearchInput, key: string): string | undefined {
  if (input instanceof URLSearchParams) return input.get(key) ?? undefined;
  const value = input[key];
  const first = Array.isArray(value) ? value[0] : value;
  return first === "" ? undefined : first;
}

/**
 * The dashboard parameters from a URL. Bad values never fail the page: each falls back to its
 * default and `errors` says what was wrong, in words the user can act on.
 */
export function parseDashboardParams(input: SearchInput, today: Date = new Date()): { params: DashboardParams; errors: string[] } {
  const raw = Object.fromEntries(["from", "to", "threshold", "page"].map((key) => [key, firstValue(input, key)]));
  const errors: string[] = [];
  const fallback = presetRange(DEFAULT_RANGE_DAYS, today);
  const values: Record<string, unknown> = {};
  // Field by field, so one bad value does not discard the good ones.
  for (const [key, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    const parsed = paramsSchema.shape[key as keyof typeof paramsSchema.shape].safeParse(value);
    if (parsed.success) values[key] = parsed.data;
    else errors.push(`${LABELS[key]}: ${parsed.error.issues[0].message}`);
  }
  let from = (values.from as string | undefined) ?? (values.to ? addDays(values.to as string, -(DEFAULT_RANGE_DAYS - 1)) : fallback.from);
  let to = (values.to as string | undefined) ?? (values.from ? maxDay(fallback.to, from) : fallback.to);
  const problem = rangeError(from, to);
  if (problem) {
    errors.push(`${problem} Showing the last ${DEFAULT_RANGE_DAYS} days instead.`);
    ({ from, to } = fallback);
  }
  return {
    params: {
      from,
      to,
      thresholdHours: (values.threshold as number | undefined) ?? DEFAULT_THRESHOLD_HOURS,
      articlePage: (values.page as number | undefined) ?? 1,
    },
    errors,
  };
}

const LABELS: Record<string, string> = { from: "Start date", to: "End date", threshold: "Waiting threshold", page: "Article page" };

function maxDay(a: string, b: string) {
  return a > b ? a : b;
}

/** The data layer's query for these parameters. */
export function toDashboardQuery(workspaceId: string, params: DashboardParams): DashboardQuery {
  return {
    workspaceId,
    from: new Date(`${params.from}T00:00:00Z`),
    to: new Date(`${params.to}T00:00:00Z`),
    waitingThresholdHours: params.thresholdHours,
    articlePage: params.articlePage,
    articlePageSize: ARTICLE_PAGE_SIZE,
  };
}

/** The query string for these parameters (the page, its JSON feed and its CSV share it). */
export function dashboardSearch(params: DashboardParams): string {
  const search = new URLSearchParams({ from: params.from, to: params.to });
  if (params.thresholdHours !== DEFAULT_THRESHOLD_HOURS) search.set("threshold", String(params.thresholdHours));
  if (params.articlePage !== 1) search.set("page", String(params.articlePage));
  return search.toString();
}

import { z } from "zod";

// The workspace search page (/w/<slug>/search) doubles as the filtered claim list that every
// dashboard number links to. This is the one definition of its URL parameters.

const id = z.string().trim().min(1).max(64);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2026-11-25.");

export const claimListFiltersSchema = z.object({
  /** Free text; empty lists everything the other filters allow. */
  q: z.string().trim().max(200).optional(),
  /** What to search; the dashboard always links to claims. */
  type: z.enum(["all", "claims", "articles", "sources"]).optional(),
  /** A claim status, or "working" for open + in progress + changes requested. */
  status: z.enum(["open", "in_progress", "verdict_proposed", "changes_requested", "approved", "working"]).optional(),
  verdict: id.optional(),
  /** Claims created by this member. */
  member: id.optional(),
  /** Claims reviewed by this member. */
  reviewer: id.optional(),
  /** This member's open items: working or proposed claims assigned to them, or unassigned and created by them. */
  openFor: id.optional(),
  article: id.optional(),
  disputed: z.literal("1").optional(),
  orphaned: z.literal("1").optional(),
  /** Proposed claims waiting for review longer than this many hours. */
  waitingOver: z.coerce.number().int().min(0).max(100_000).optional(),
  /** Claim creation date range, inclusive UTC days. */
  from: day.optional(),
  to: day.optional(),
  /** Claims with at least one review recorded within these inclusive UTC days. */
  reviewedFrom: day.optional(),
  reviewedTo: day.optional(),
  /** Claims where a reviewer's independent verdict agrees with / differs from the claim's verdict, or either. */
  agreement: z.enum(["agree", "disagree", "any"]).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});

export type ClaimListFilters = z.infer<typeof claimListFiltersSchema>;

/** The search page URL showing the claims behind a number. */
export function claimListHref(workspaceSlug: string, filters: ClaimListFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== "") params.set(key, String(value));
  }
  const query = params.toString();
  return `/w/${workspaceSlug}/search${query ? `?${query}` : ""}`;
}

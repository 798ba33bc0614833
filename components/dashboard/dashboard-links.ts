import { claimListHref, type ClaimListFilters } from "@/lib/search/claim-list-filters";
import type { ClaimProgress } from "@/lib/dashboard/types";

// Which filtered claim list stands behind each dashboard number. Kept in one place so the
// totals, the article rows and the CSV's meaning stay the same.

/** The claim-list filters behind one figure of a ClaimProgress. */
export function progressFilters(key: keyof ClaimProgress): ClaimListFilters {
  switch (key) {
    case "total":
      return {};
    case "working":
      return { status: "working" };
    case "proposed":
      return { status: "verdict_proposed" };
    case "approved":
      return { status: "approved" };
    case "disputed":
      return { disputed: "1" };
    case "orphaned":
      return { orphaned: "1" };
  }
}

/** A link builder bound to one workspace; every dashboard link lists claims. */
export function claimLinks(slug: string) {
  return (filters: ClaimListFilters) => claimListHref(slug, { type: "claims", ...filters });
}

export type ClaimLink = ReturnType<typeof claimLinks>;

import { claimListHref, type ClaimListFilters } from "@/lib/search/claim-list-filters";

/** The search URL with some filters changed; any change but the page starts again at page 1. */
export function searchHref(slug: string, filters: ClaimListFilters, change: Partial<ClaimListFilters>): string {
  const next: ClaimListFilters = { ...filters, page: undefined, ...change };
  if (next.page === 1) next.page = undefined;
  return claimListHref(slug, next);
}

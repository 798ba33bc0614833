// No "server-only" and the client passed in: the search benchmark runs this very code.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimListFilters } from "./claim-list-filters";
import { findHits } from "./find-hits";
import { loadHits } from "./load-hits";
import type { SearchFilterOptions, SearchResults } from "./types";

export const SEARCH_PAGE_SIZE = 20;

/** One page of results for valid filters; also what the search benchmark measures. */
export async function runSearch(db: PrismaClient, workspaceId: string, slug: string, filters: ClaimListFilters, options: SearchFilterOptions): Promise<SearchResults> {
  const page = filters.page ?? 1;
  const { refs, counts } = await findHits(db, workspaceId, filters, page, SEARCH_PAGE_SIZE);
  const hits = await loadHits(db, workspaceId, slug, filters.q ?? "", refs);
  const total = counts.claim + counts.article + counts.source;
  return {
    filters,
    hits,
    counts,
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE)),
    pageSize: SEARCH_PAGE_SIZE,
    options,
  };
}

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
  const { refs, counts, capped } = await findHits(db, workspaceId, filters, page, SEARCH_PAGE_SIZE);
  const hits = await loadHits(db, workspaceId, slug, filters.q ?? "", refs);
  const total = counts.claim + counts.article + counts.source;
  const more = capped.claim || capped.article || capped.source;
  // Without text every match can be paged to, so past a capped count there is at least one more page.
  const pages = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  return {
    filters,
    hits,
    counts,
    capped,
    total,
    more,
    page,
    pageCount: more && !filters.q ? Math.max(pages, page) + 1 : pages,
    pageSize: SEARCH_PAGE_SIZE,
    options,
  };
}

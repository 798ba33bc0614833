import type { ClaimStatus } from "@/lib/claims/types";
import type { ClaimListFilters } from "./claim-list-filters";

/** Text with the matched words marked, as plain data: the page renders `match` parts as <mark>. */
export type Highlighted = { text: string; match: boolean }[];

export interface VerdictChip {
  id: string;
  label: string;
  color: string;
}

export interface ClaimHit {
  kind: "claim";
  id: string;
  href: string;
  articleId: string;
  articleTitle: string;
  quote: Highlighted;
  wording: Highlighted | null;
  /** A passage of the rationale around the match (the start of it when listing). */
  rationale: Highlighted | null;
  verdict: VerdictChip | null;
  status: ClaimStatus;
  disputed: boolean;
  orphaned: boolean;
  createdBy: string;
  createdAt: string;
}

export interface ArticleHit {
  kind: "article";
  id: string;
  href: string;
  title: Highlighted;
  snippet: Highlighted;
  claimCount: number;
  createdAt: string;
}

export interface SourceHit {
  kind: "source";
  id: string;
  /** The claim citing the source, in its article. */
  href: string;
  title: Highlighted;
  publisher: Highlighted | null;
  excerpt: Highlighted | null;
  url: string;
  claimQuote: string;
  articleTitle: string;
  verdict: VerdictChip | null;
}

export type SearchHit = ClaimHit | ArticleHit | SourceHit;

export interface SearchCounts {
  claim: number;
  article: number;
  source: number;
}

export interface SearchFilterOptions {
  verdicts: VerdictChip[];
  members: { id: string; name: string }[];
  /** The article filtered on, by name (the filter arrives as an id from the dashboard). */
  article: { id: string; title: string } | null;
}

export interface SearchResults {
  filters: ClaimListFilters;
  hits: SearchHit[];
  /** Matches over all pages, per kind, within the type searched, counted up to a cap. */
  counts: SearchCounts;
  /** The kinds with more matches than counted (shown as "more than"). */
  capped: Record<keyof SearchCounts, boolean>;
  total: number;
  /** Some kind has more matches than counted: `total` is a lower bound. */
  more: boolean;
  page: number;
  pageCount: number;
  pageSize: number;
  options: SearchFilterOptions;
}

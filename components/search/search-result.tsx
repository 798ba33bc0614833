import { FileText, Link2, Quote } from "lucide-react";
import Link from "next/link";
import { formatDate } from "@/components/claim-panel/format-date";
import { ReviewStatus } from "@/components/review/review-status";
import type { ArticleHit, ClaimHit, SearchHit, SourceHit } from "@/lib/search/types";
import { HighlightedText } from "./highlighted-text";
import { VerdictDot } from "./verdict-dot";

const ROW = "group block px-4 py-3 hover:bg-subtle focus-visible:bg-subtle focus-visible:outline-none";
const META = "flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted";
const KIND = "inline-flex items-center gap-1 text-[11px] font-semibold uppercase tracking-wide text-muted";

/** One search result, linking to the claim in its article (or to the article). */
export function SearchResult({ hit }: { hit: SearchHit }) {
  if (hit.kind === "claim") return <ClaimResult hit={hit} />;
  if (hit.kind === "article") return <ArticleResult hit={hit} />;
  return <SourceResult hit={hit} />;
}

function ClaimResult({ hit }: { hit: ClaimHit }) {
  return (
    <Link href={hit.href} className={ROW} data-testid="search-result" data-kind="claim">
      <span className="flex items-start justify-between gap-4">
        <span className="min-w-0 space-y-1">
          <span className={KIND}>
            <Quote aria-hidden className="size-3" /> Claim
          </span>
          <span className="block font-serif text-[15px] leading-snug text-ink group-hover:underline">
            “<HighlightedText parts={hit.quote} />”
          </span>
          {hit.wording ? (
            <span className="block text-sm text-ink">
              <span className="text-muted">Checked as: </span>
              <HighlightedText parts={hit.wording} />
            </span>
          ) : null}
          {hit.rationale ? (
            <span className="block text-sm text-muted" data-testid="search-rationale">
              <span className="font-medium text-muted">Rationale: </span>
              <HighlightedText parts={hit.rationale} />
            </span>
          ) : null}
        </span>
        <span className="flex shrink-0 flex-col items-end gap-1.5">
          <VerdictDot verdict={hit.verdict} />
          <ReviewStatus status={hit.status} disputed={hit.disputed} />
          {hit.orphaned ? <span className="text-xs font-medium text-danger">Lost its place</span> : null}
        </span>
      </span>
      <span className={`${META} mt-1.5`}>
        <span className="truncate">in {hit.articleTitle}</span>
        <span>by {hit.createdBy}</span>
        <time dateTime={hit.createdAt}>{formatDate(hit.createdAt)}</time>
      </span>
    </Link>
  );
}

function ArticleResult({ hit }: { hit: ArticleHit }) {
  return (
    <Link href={hit.href} className={ROW} data-testid="search-result" data-kind="article">
      <span className={KIND}>
        <FileText aria-hidden className="size-3" /> Article
      </span>
      <span className="block font-medium text-ink group-hover:underline">
        <HighlightedText parts={hit.title} />
      </span>
      <span className="mt-0.5 block text-sm text-muted">
        <HighlightedText parts={hit.snippet} />
      </span>
      <span className={`${META} mt-1.5`}>
        <span>
          {hit.claimCount} claim{hit.claimCount === 1 ? "" : "s"}
        </span>
        <time dateTime={hit.createdAt}>Imported {formatDate(hit.createdAt)}</time>
      </span>
    </Link>
  );
}

function SourceResult({ hit }: { hit: SourceHit }) {
  return (
    <Link href={hit.href} className={ROW} data-testid="search-result" data-kind="source">
      <span className="flex items-start justify-between gap-4">
        <span className="min-w-0 space-y-1">
          <span className={KIND}>
            <Link2 aria-hidden className="size-3" /> Source
          </span>
          <span className="block font-medium text-ink group-hover:underline">
            <HighlightedText parts={hit.title} />
            {hit.publisher ? (
              <span className="font-normal text-muted">
                {" "}
                · <HighlightedText parts={hit.publisher} />
              </span>
            ) : null}
          </span>
          {hit.excerpt ? (
            <span className="block text-sm text-muted">
              <HighlightedText parts={hit.excerpt} />
            </span>
          ) : null}
          <span className="block truncate text-xs text-muted">{hit.url}</span>
        </span>
        <VerdictDot verdict={hit.verdict} />
      </span>
      <span className={`${META} mt-1.5`}>
        <span className="line-clamp-1">
          cited for “{hit.claimQuote}” in {hit.articleTitle}
        </span>
      </span>
    </Link>
  );
}

import { SearchIcon } from "lucide-react";
import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { cn } from "@/components/ui/cn";
import type { SearchPageView as View } from "@/lib/search/search-workspace";
import { COUNT_CAP } from "@/lib/search/count-cap";
import type { SearchResults } from "@/lib/search/types";
import { AutoSubmitForm } from "./auto-submit-form";
import { PINNED_FILTERS, SearchFilters, type PinnedFilter } from "./search-filters";
import { searchHref } from "./search-href";
import { SearchPagination } from "./search-pagination";
import { SearchResult } from "./search-result";

// Counts stop at a cap on a large desk: "1,000+" rather than a count that costs a second.
const TYPES = [
  { type: "all", label: "All", count: (r: SearchResults) => shownCount(r.total, r.more) },
  { type: "claims", label: "Claims", count: (r: SearchResults) => shownCount(r.counts.claim, r.capped.claim) },
  { type: "articles", label: "Articles", count: (r: SearchResults) => shownCount(r.counts.article, r.capped.article) },
  { type: "sources", label: "Sources", count: (r: SearchResults) => shownCount(r.counts.source, r.capped.source) },
] as const;

const shownCount = (count: number, more: boolean) => `${count.toLocaleString("en")}${more ? "+" : ""}`;

/** The search page: search box and filters (a GET form), result tabs, results and pages. */
export function SearchPageView({ view }: { view: View }) {
  const { workspace, options, params, problems, results } = view;
  const base = `/w/${workspace.slug}/search`;
  const without = (keys: readonly string[]) => {
    const rest = new URLSearchParams(Object.entries(params).filter(([name]) => !keys.includes(name) && name !== "page"));
    return rest.size ? `${base}?${rest}` : base;
  };
  const removeHref = Object.fromEntries(Object.entries(PINNED_FILTERS).map(([filter, keys]) => [filter, without(keys)])) as Record<PinnedFilter, string>;
  return (
    <main className="mx-auto max-w-6xl space-y-4 py-2">
      <h1 className="text-2xl font-semibold tracking-tight">Search</h1>
      <AutoSubmitForm action={base} label={`Search ${workspace.name}`}>
        <div className="flex gap-2">
          <div className="relative flex-1">
            <SearchIcon aria-hidden className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted" />
            <input
              type="search"
              name="q"
              defaultValue={params.q ?? ""}
              aria-label="Search claims, rationales, articles and sources"
              placeholder="Search claims, rationales, articles and sources"
              className="h-10 w-full rounded-md border border-line bg-surface pl-9 pr-3 text-sm text-ink placeholder:text-muted focus:border-accent focus:outline-none focus:ring-2 focus:ring-accent/30"
            />
          </div>
          {params.type ? <input type="hidden" name="type" value={params.type} /> : null}
          <button type="submit" className="h-10 rounded-md bg-accent px-4 text-sm font-medium text-accent-ink hover:opacity-90">
            Search
          </button>
        </div>
        <div className="mt-4 grid gap-4 lg:grid-cols-[15rem_minmax(0,1fr)]">
          <aside>
            <SearchFilters options={options} params={params} clearHref={params.q ? `${base}?q=${encodeURIComponent(params.q)}` : base} removeHref={removeHref} />
          </aside>
          <section aria-label="Results" className="min-w-0 space-y-3">
            {problems.length ? <FilterProblems problems={problems} clearHref={base} /> : null}
            {results ? <Results slug={workspace.slug} results={results} /> : null}
          </section>
        </div>
      </AutoSubmitForm>
    </main>
  );
}

function FilterProblems({ problems, clearHref }: { problems: string[]; clearHref: string }) {
  return (
    <Alert>
      <p className="font-medium">These filters cannot be used, so nothing was searched:</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <Link href={clearHref} className="mt-2 inline-block underline">
        Start again without filters
      </Link>
    </Alert>
  );
}

function Results({ slug, results }: { slug: string; results: SearchResults }) {
  const { filters } = results;
  const current = filters.type ?? "all";
  const from = (results.page - 1) * results.pageSize;
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-line">
        <nav aria-label="Result types" className="-mb-px flex gap-1">
          {TYPES.map((tab) => (
            <Link
              key={tab.type}
              href={searchHref(slug, filters, { type: tab.type === "all" ? undefined : tab.type })}
              aria-current={tab.type === current ? "page" : undefined}
              className={cn(
                "border-b-2 px-3 py-2 text-sm",
                tab.type === current ? "border-accent font-medium text-ink" : "border-transparent text-muted hover:text-ink",
              )}
            >
              {tab.label}
              {tab.type === current || current === "all" ? <span className="ml-1.5 text-xs text-muted">{tab.count(results)}</span> : null}
            </Link>
          ))}
        </nav>
        <p className="pb-2 text-xs text-muted" role="status">
          {results.total === 0
            ? "No results"
            : `${(from + 1).toLocaleString("en")}–${(from + results.hits.length).toLocaleString("en")} of ${results.more ? "more than " : ""}${results.total.toLocaleString("en")} ${filters.q ? "by relevance" : "newest first"}`}
        </p>
      </div>
      {results.more && filters.q ? (
        <p className="text-sm text-muted" data-testid="search-capped">
          More than {COUNT_CAP.toLocaleString("en")} results: the newest {COUNT_CAP.toLocaleString("en")} of each kind are ranked here. Add words or filters to narrow the search.
        </p>
      ) : null}
      {results.hits.length ? (
        <ol className="divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
          {results.hits.map((hit) => (
            <li key={`${hit.kind}:${hit.id}`}>
              <SearchResult hit={hit} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="rounded-xl border border-dashed border-line bg-surface px-4 py-8 text-center text-sm text-muted">
          {results.total > 0 ? "This page is past the last result." : filters.q ? `Nothing matches “${filters.q}” with these filters.` : "No claims match these filters."}
        </p>
      )}
      <SearchPagination page={results.page} pageCount={results.pageCount} more={results.more && !filters.q} hrefFor={(page) => searchHref(slug, filters, { page })} />
    </>
  );
}

import Link from "next/link";
import { cn } from "@/components/ui/cn";

const LINK = "inline-flex h-8 items-center rounded-md border border-line bg-surface px-3 text-sm text-ink hover:bg-subtle";

/**
 * Previous / next and the page numbers around the current one. `more`: the count stopped at a cap,
 * so pageCount is only the last page known to exist (no "of N").
 */
export function SearchPagination({ page, pageCount, more = false, hrefFor }: { page: number; pageCount: number; more?: boolean; hrefFor(page: number): string }) {
  if (pageCount <= 1) return null;
  const numbers = [...new Set([1, page - 1, page, page + 1, pageCount])].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  return (
    <nav aria-label="Pages of results" className="flex flex-wrap items-center justify-between gap-3">
      <span className="text-sm text-muted">
        Page {page}
        {more ? "" : ` of ${pageCount}`}
      </span>
      <ul className="flex items-center gap-1">
        <li>{page > 1 ? <Link href={hrefFor(page - 1)} className={LINK} rel="prev">Previous</Link> : null}</li>
        {numbers.map((n, index) => (
          <li key={n} className="flex items-center gap-1">
            {index > 0 && n - numbers[index - 1] > 1 ? <span className="px-1 text-muted">…</span> : null}
            <Link href={hrefFor(n)} aria-current={n === page ? "page" : undefined} aria-label={`Page ${n}`} className={cn(LINK, "min-w-8 justify-center px-2", n === page && "border-accent bg-accent text-accent-ink hover:bg-accent")}>
              {n}
            </Link>
          </li>
        ))}
        <li>{page < pageCount ? <Link href={hrefFor(page + 1)} className={LINK} rel="next">Next</Link> : null}</li>
      </ul>
    </nav>
  );
}

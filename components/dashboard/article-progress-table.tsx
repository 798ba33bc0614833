import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import type { DashboardData } from "@/lib/dashboard/types";
import { formatDate } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { DashboardCard } from "./dashboard-card";
import { type ClaimLink, progressFilters } from "./dashboard-links";
import { formatCount } from "./format";
import { NumberLink } from "./number-link";
import { ProgressBar, ProgressLegend } from "./progress-bar";
import { TABLE, TBODY, TD, TD_NUM, TH, TH_NUM, THEAD } from "./table-styles";

const COLUMNS = [
  { key: "total", label: "Claims", noun: "claims" },
  { key: "approved", label: "Approved", noun: "approved claims" },
  { key: "proposed", label: "Awaiting", noun: "claims awaiting review" },
  { key: "working", label: "Checking", noun: "claims being checked" },
  { key: "disputed", label: "Disputed", noun: "disputed claims" },
  { key: "orphaned", label: "Orphaned", noun: "orphaned claims" },
] as const;

interface Props {
  slug: string;
  articles: DashboardData["articles"];
  link: ClaimLink;
  pageHref(page: number): string;
}

/** Every article's progress, most recently active first, a page at a time. */
export function ArticleProgressTable({ slug, articles, link, pageHref }: Props) {
  const pages = Math.max(1, Math.ceil(articles.total / articles.pageSize));
  const first = articles.total === 0 ? 0 : (articles.page - 1) * articles.pageSize + 1;
  const last = Math.min(articles.total, articles.page * articles.pageSize);
  return (
    <DashboardCard id="articles" title="Articles" description="Progress per article, most recently active first" actions={<ProgressLegend />} className="lg:col-span-3">
      {articles.rows.length === 0 ? (
        <p className="text-sm text-muted">{articles.total === 0 ? "No articles in this workspace yet." : "No articles on this page."}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={TABLE}>
            <caption className="sr-only">Claims per article by stage</caption>
            <thead className={THEAD}>
              <tr>
                <th scope="col" className={TH}>Article</th>
                <th scope="col" className={`${TH} w-1/5 min-w-32`}>Progress</th>
                {COLUMNS.map((column) => (
                  <th key={column.key} scope="col" className={TH_NUM}>{column.label}</th>
                ))}
                <th scope="col" className={`${TH} whitespace-nowrap`}>Last activity</th>
              </tr>
            </thead>
            <tbody className={TBODY}>
              {articles.rows.map((row) => (
                <tr key={row.articleId} className="hover:bg-subtle/50">
                  <th scope="row" className={`${TD} max-w-md text-left font-normal`}>
                    <Link href={`/w/${slug}/articles/${row.articleId}`} className="line-clamp-2 font-medium text-ink hover:text-accent hover:underline">
                      {row.title}
                    </Link>
                  </th>
                  <td className={TD}>
                    <ProgressBar progress={row.progress} size="sm" />
                  </td>
                  {COLUMNS.map((column) => (
                    <td key={column.key} className={`${TD_NUM} ${row.progress[column.key] === 0 ? "text-muted" : ""}`}>
                      <NumberLink
                        value={row.progress[column.key]}
                        href={link({ article: row.articleId, ...progressFilters(column.key) })}
                        label={`${column.noun} in ${row.title}`}
                      />
                    </td>
                  ))}
                  <td className={`${TD} whitespace-nowrap text-muted`}>
                    <time dateTime={row.lastActivityAt}>{formatDate(row.lastActivityAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {articles.total > articles.pageSize ? (
        <nav aria-label="Article pages" className="mt-4 flex items-center justify-between gap-4 text-sm text-muted">
          <p>
            {formatCount(first)}–{formatCount(last)} of {formatCount(articles.total)} articles
          </p>
          <div className="flex items-center gap-2">
            <PageButton href={articles.page > 1 ? pageHref(articles.page - 1) : null} label="Previous page" icon="prev" />
            <span>
              Page {formatCount(articles.page)} of {formatCount(pages)}
            </span>
            <PageButton href={articles.page < pages ? pageHref(articles.page + 1) : null} label="Next page" icon="next" />
          </div>
        </nav>
      ) : null}
    </DashboardCard>
  );
}

function PageButton({ href, label, icon }: { href: string | null; label: string; icon: "prev" | "next" }) {
  const Icon = icon === "prev" ? ChevronLeft : ChevronRight;
  if (!href) {
    return (
      <Button variant="secondary" size="sm" disabled aria-label={label}>
        <Icon className="size-4" aria-hidden />
      </Button>
    );
  }
  return (
    <Button variant="secondary" size="sm" asChild>
      <Link href={href} aria-label={label} scroll={false}>
        <Icon className="size-4" aria-hidden />
      </Link>
    </Button>
  );
}

import Link from "next/link";
import type { QueueArticle } from "@/lib/review/queue-types";

/** Articles assigned to the user, with how many of their claims are not approved yet. */
export function QueueArticleList({ articles }: { articles: QueueArticle[] }) {
  return (
    <ul className="divide-y divide-line rounded-xl border border-line bg-surface">
      {articles.map((article) => (
        <li key={article.id}>
          <Link href={article.href} className="flex items-center justify-between gap-4 px-4 py-3 hover:bg-subtle focus-visible:bg-subtle">
            <span className="truncate font-medium text-ink">{article.title}</span>
            <span className="shrink-0 text-xs text-muted">
              {article.claims === 0 ? "No claims yet" : article.unfinished === 0 ? `All ${article.claims} claims approved` : `${article.unfinished} of ${article.claims} claims to finish`}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

import Link from "next/link";
import { formatDate, sourceHost } from "@/lib/format";

export interface ArticleRow {
  id: string;
  title: string;
  sourceUrl: string | null;
  byline: string | null;
  createdAt: Date;
  publishedAt: Date | null;
  claimCount: number;
}

export function ArticleTable({ workspaceSlug, articles }: { workspaceSlug: string; articles: ArticleRow[] }) {
  return (
    <div className="overflow-hidden rounded-xl border border-line bg-surface">
      <table className="w-full text-sm">
        <caption className="sr-only">Articles in this workspace</caption>
        <thead className="border-b border-line bg-subtle/60 text-left text-xs uppercase tracking-wide text-muted">
          <tr>
            <th scope="col" className="px-4 py-3 font-medium">Title</th>
            <th scope="col" className="px-4 py-3 font-medium">Source</th>
            <th scope="col" className="px-4 py-3 font-medium whitespace-nowrap">Date added</th>
            <th scope="col" className="px-4 py-3 text-right font-medium">Claims</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-line">
          {articles.map((article) => (
            <tr key={article.id} className="hover:bg-subtle/50">
              <td className="px-4 py-3">
                <Link href={`/w/${workspaceSlug}/articles/${article.id}`} className="font-medium text-ink hover:text-accent hover:underline">
                  {article.title}
                </Link>
                {article.byline ? <div className="text-xs text-muted">{article.byline}</div> : null}
              </td>
              <td className="px-4 py-3 text-muted">{sourceHost(article.sourceUrl) || "—"}</td>
              <td className="px-4 py-3 whitespace-nowrap text-muted">
                <time dateTime={article.createdAt.toISOString()}>{formatDate(article.createdAt)}</time>
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{article.claimCount}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

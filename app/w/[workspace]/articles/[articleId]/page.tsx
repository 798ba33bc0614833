import { ExternalLink } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleViewer } from "@/components/editor/article-viewer";
import { getArticleForMember } from "@/lib/articles/queries";
import { requireUser } from "@/lib/auth/current-user";
import { formatDate, sourceHost } from "@/lib/format";

type Params = Promise<{ workspace: string; articleId: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspace, articleId } = await params;
  const user = await requireUser();
  const found = await getArticleForMember(user.id, workspace, articleId);
  return { title: found ? found.article.title : "Not found" };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { workspace: slug, articleId } = await params;
  const user = await requireUser(`/w/${slug}/articles/${articleId}`);
  const found = await getArticleForMember(user.id, slug, articleId);
  if (!found) notFound();
  const { article, workspace } = found;
  return (
    <main className="mx-auto max-w-3xl space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/w/${workspace.slug}`} className="hover:text-ink hover:underline">
          Articles
        </Link>
        <span aria-hidden> / </span>
        <span className="text-ink">{article.title}</span>
      </nav>
      <header className="space-y-3 border-b border-line pb-6">
        <h1 className="font-serif text-3xl leading-tight font-semibold tracking-tight">{article.title}</h1>
        <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
          {article.byline ? (
            <div className="flex gap-1">
              <dt className="sr-only">Byline</dt>
              <dd>{article.byline}</dd>
            </div>
          ) : null}
          <div className="flex gap-1">
            <dt>Published</dt>
            <dd>{article.publishedAt ? <time dateTime={article.publishedAt.toISOString()}>{formatDate(article.publishedAt)}</time> : "date unknown"}</dd>
          </div>
          <div className="flex gap-1">
            <dt>Source</dt>
            <dd>
              {article.sourceUrl ? (
                <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer nofollow" className="inline-flex items-center gap-1 text-accent hover:underline">
                  {sourceHost(article.sourceUrl)} <ExternalLink className="size-3" aria-hidden />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              ) : (
                "not recorded"
              )}
            </dd>
          </div>
          <div className="flex gap-1">
            <dt>Added</dt>
            <dd>
              {formatDate(article.createdAt)} by {article.createdBy.name}
            </dd>
          </div>
        </dl>
      </header>
      <ArticleViewer content={article.content} label={`Text of “${article.title}”`} />
    </main>
  );
}

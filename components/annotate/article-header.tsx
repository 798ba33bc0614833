"use client";

import { ExternalLink } from "lucide-react";
import Link from "next/link";
import { useMemo } from "react";
import { ArticleProgress } from "@/components/dashboard/article-progress";
import { progressOfClaims, type ProgressClaim } from "@/lib/dashboard/progress-of-claims";
import type { ArticleAnnotationView } from "@/lib/claims/types";
import { formatDate, sourceHost } from "@/lib/format";
import { ExportMenu } from "@/components/export/export-menu";
import type { AnnotatorDTO } from "@/lib/review/types";
import { ArticleAssignee } from "./article-assignee";
import { ArticleDetailsDialog } from "./article-details-dialog";

type Article = ArticleAnnotationView["article"];

interface ArticleHeaderProps {
  article: Article;
  annotators: AnnotatorDTO[];
  workspace: ArticleAnnotationView["workspace"];
  canEdit: boolean;
  onSaved(article: Article): void;
  /** The page's claims, as they change: the progress bar follows them without a query. */
  claims?: readonly ProgressClaim[];
}

export function ArticleHeader({ article, annotators, workspace, canEdit, onSaved, claims }: ArticleHeaderProps) {
  const progress = useMemo(() => (claims ? progressOfClaims(claims) : null), [claims]);
  return (
    <header className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm text-muted">
        <Link href={`/w/${workspace.slug}`} className="hover:text-ink hover:underline">
          Articles
        </Link>
        <span aria-hidden> / </span>
        <span className="text-ink">{article.title}</span>
      </nav>
      <div className="flex items-start gap-4">
        <h1 className="flex-1 font-serif text-3xl leading-tight font-semibold tracking-tight">{article.title}</h1>
        <div className="flex shrink-0 items-center gap-2">
          <ExportMenu workspaceSlug={workspace.slug} articleId={article.id} />
          {canEdit ? <ArticleDetailsDialog article={article} workspaceSlug={workspace.slug} onSaved={onSaved} /> : null}
        </div>
      </div>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-muted">
        {article.byline ? (
          <div className="flex gap-1">
            <dt className="sr-only">Byline</dt>
            <dd>{article.byline}</dd>
          </div>
        ) : null}
        <div className="flex gap-1">
          <dt>Published</dt>
          <dd>{article.publishedAt ? <time dateTime={article.publishedAt}>{formatDate(article.publishedAt)}</time> : "date unknown"}</dd>
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
      {progress ? <ArticleProgress progress={progress} /> : null}
      {workspace.role !== "viewer" ? (
        <ArticleAssignee workspaceSlug={workspace.slug} articleId={article.id} assignee={article.assignee} annotators={annotators} />
      ) : article.assignee ? (
        <p className="text-sm text-muted">Assigned to {article.assignee.name}</p>
      ) : null}
    </header>
  );
}

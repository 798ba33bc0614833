import { CLAIM_POSITION_ORDER, orderClaims } from "@/lib/claims/order-claims";
import type { DocNodeJSON } from "@/lib/editor/doc-schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { CLAIM_REVIEW_SCALE } from "@/lib/rating-scale/default-rating-scale";
import type { ExportClaim, ExportModel } from "./types";

export interface LoadExportOptions {
  approvedOnly?: boolean;
  /** The app's origin for the IRIs in the exports (NEXTAUTH_URL or the request's origin). */
  baseUrl: string;
  /** Fixed clock for tests. */
  now?: Date;
}

/**
 * Reads an article of a workspace with its live claims in document order (anchored by position,
 * orphans last), verdicts, sources and reviews. No permission check: callers check membership
 * (getArticleExport) — the benchmark calls it directly. Null when the article is not there.
 */
export async function loadExportModel(
  db: PrismaClient,
  workspaceId: string,
  articleId: string,
  { approvedOnly = false, baseUrl, now = new Date() }: LoadExportOptions,
): Promise<ExportModel | null> {
  const article = await db.article.findFirst({
    where: { id: articleId, workspaceId },
    include: { createdBy: { select: { name: true } }, workspace: { select: { slug: true, name: true } } },
  });
  if (!article) return null;
  const [rows, labels] = await Promise.all([
    db.claim.findMany({
      where: { articleId, workspaceId, deletedAt: null, ...(approvedOnly ? { status: "approved" as const } : {}) },
      include: {
        ratingLabel: true,
        sources: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
        reviews: {
          include: { reviewer: { select: { name: true } }, independentRating: { select: { label: true } } },
          orderBy: [{ round: "asc" }, { createdAt: "asc" }],
        },
        createdBy: { select: { name: true } },
      },
      orderBy: [...CLAIM_POSITION_ORDER],
    }),
    db.ratingLabel.findMany({ where: { workspaceId }, select: { value: true } }),
  ]);
  const claims: ExportClaim[] = orderClaims(rows).map((row, index) => ({
    id: row.id,
    number: index + 1,
    exact: row.exact,
    prefix: row.prefix,
    suffix: row.suffix,
    start: row.start,
    end: row.end,
    anchored: row.anchorStatus === "anchored",
    normalizedText: row.normalizedText,
    verdict: row.ratingLabel
      ? { label: row.ratingLabel.label, color: row.ratingLabel.color, value: row.ratingLabel.value, description: row.ratingLabel.description }
      : null,
    rationale: (row.rationale as DocNodeJSON | null) ?? null,
    tags: row.tags,
    status: row.status,
    sources: row.sources.map((source) => ({
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      publishedAt: source.publishedAt?.toISOString().slice(0, 10) ?? null,
      excerpt: source.excerpt,
      stance: source.stance,
    })),
    reviews: row.reviews.map((review) => ({
      reviewer: review.reviewer.name,
      decision: review.decision,
      round: review.round,
      comment: review.comment,
      independentVerdict: review.independentRating?.label ?? null,
      createdAt: review.createdAt.toISOString(),
    })),
    createdBy: row.createdBy.name,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    approvedAt: row.approvedAt?.toISOString() ?? null,
  }));
  const base = baseUrl.replace(/\/+$/, "");
  const articlePath = `/w/${encodeURIComponent(article.workspace.slug)}/articles/${encodeURIComponent(article.id)}`;
  const values = labels.map((label) => label.value).filter((value) => value > 0);
  return {
    article: {
      id: article.id,
      title: article.title,
      byline: article.byline,
      sourceUrl: article.sourceUrl,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      plainText: article.plainText,
      createdAt: article.createdAt.toISOString(),
      updatedAt: article.updatedAt.toISOString(),
      createdBy: article.createdBy.name,
    },
    workspace: { slug: article.workspace.slug, name: article.workspace.name },
    scale: values.length
      ? { bestRating: Math.max(...values), worstRating: Math.min(...values) }
      : { bestRating: CLAIM_REVIEW_SCALE.bestRating, worstRating: CLAIM_REVIEW_SCALE.worstRating },
    claims,
    approvedOnly,
    exportedAt: now.toISOString(),
    urls: { base, article: `${base}${articlePath}`, report: `${base}/api${articlePath}/export?format=html&view=1` },
  };
}

// No "server-only" and the client passed in: the search benchmark runs this very code.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimStatus } from "@/lib/claims/types";
import type { HitRef } from "./find-hits";
import { MATCH_START, MATCH_STOP, toSegments } from "./to-segments";
import type { ArticleHit, ClaimHit, Highlighted, SearchHit, SourceHit, VerdictChip } from "./types";

// ts_headline marks matches with control characters (stripped from the text first), which the
// page turns into <mark> elements: no HTML is built from stored text.
const MARKS = `StartSel=${MATCH_START}, StopSel=${MATCH_STOP}`;
const WHOLE = `${MARKS}, HighlightAll=true`;
const PASSAGE = `${MARKS}, MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=" … "`;
const SNIPPET_CHARS = 240;

/**
 * Marks the query's matches in a text column: the whole text (`WHOLE`) or the best passages.
 * Without a query the text itself (cut to a snippet for passages) is returned.
 */
function headline(q: string, expr: Prisma.Sql, options: string): Prisma.Sql {
  const clean = Prisma.sql`translate(${expr}, ${MATCH_START + MATCH_STOP}, '')`;
  if (!q) return options === WHOLE ? clean : Prisma.sql`left(${clean}, ${SNIPPET_CHARS})`;
  return Prisma.sql`ts_headline('english', ${clean}, websearch_to_tsquery('english', ${q}), ${options})`;
}

const highlighted = (text: string | null): Highlighted | null => (text ? toSegments(text) : null);
const verdictOf = (row: { verdictId: string | null; verdictLabel: string | null; verdictColor: string | null }): VerdictChip | null =>
  row.verdictId ? { id: row.verdictId, label: row.verdictLabel!, color: row.verdictColor! } : null;
const claimHref = (slug: string, articleId: string, claimId: string) => `/w/${slug}/articles/${articleId}?claim=${claimId}`;

/** The page's hits with their text and highlights, in the order found. */
export async function loadHits(db: PrismaClient, workspaceId: string, slug: string, q: string, refs: HitRef[]): Promise<SearchHit[]> {
  const ids = (kind: HitRef["kind"]) => refs.filter((ref) => ref.kind === kind).map((ref) => ref.id);
  const [claims, articles, sources] = await Promise.all([
    loadClaimHits(db, workspaceId, slug, q, ids("claim")),
    loadArticleHits(db, workspaceId, slug, q, ids("article")),
    loadSourceHits(db, workspaceId, slug, q, ids("source")),
  ]);
  const byKey = new Map<string, SearchHit>([...claims, ...articles, ...sources].map((hit) => [`${hit.kind}:${hit.id}`, hit]));
  return refs.flatMap((ref) => byKey.get(`${ref.kind}:${ref.id}`) ?? []);
}

interface ClaimRow {
  id: string;
  articleId: string;
  articleTitle: string;
  quote: string;
  wording: string | null;
  rationale: string | null;
  status: ClaimStatus;
  disputed: boolean;
  anchorStatus: string;
  createdBy: string;
  createdAt: Date;
  verdictId: string | null;
  verdictLabel: string | null;
  verdictColor: string | null;
}

async function loadClaimHits(db: PrismaClient, workspaceId: string, slug: string, q: string, ids: string[]): Promise<ClaimHit[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<ClaimRow[]>`
    SELECT c."id", c."articleId", a."title" AS "articleTitle", c."status"::text AS status, c."disputed",
      c."anchorStatus"::text AS "anchorStatus", u."name" AS "createdBy", c."createdAt",
      l."id" AS "verdictId", l."label" AS "verdictLabel", l."color" AS "verdictColor",
      ${headline(q, Prisma.sql`c."exact"`, WHOLE)} AS quote,
      CASE WHEN c."normalizedText" IS NULL THEN NULL ELSE ${headline(q, Prisma.sql`c."normalizedText"`, WHOLE)} END AS wording,
      CASE WHEN c."rationaleText" = '' THEN NULL ELSE ${headline(q, Prisma.sql`c."rationaleText"`, PASSAGE)} END AS rationale
    FROM "Claim" c
    JOIN "Article" a ON a."id" = c."articleId"
    JOIN "User" u ON u."id" = c."createdById"
    LEFT JOIN "RatingLabel" l ON l."id" = c."ratingLabelId"
    WHERE c."id" = ANY(${ids}) AND c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL`;
  return rows.map((row) => ({
    kind: "claim",
    id: row.id,
    href: claimHref(slug, row.articleId, row.id),
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    quote: toSegments(row.quote),
    wording: highlighted(row.wording),
    rationale: highlighted(row.rationale),
    verdict: verdictOf(row),
    status: row.status,
    disputed: row.disputed,
    orphaned: row.anchorStatus === "orphaned",
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  }));
}

async function loadArticleHits(db: PrismaClient, workspaceId: string, slug: string, q: string, ids: string[]): Promise<ArticleHit[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<{ id: string; title: string; snippet: string; claimCount: number; createdAt: Date }[]>`
    SELECT a."id", a."createdAt",
      ${headline(q, Prisma.sql`a."title"`, WHOLE)} AS title,
      ${headline(q, Prisma.sql`a."plainText"`, PASSAGE)} AS snippet,
      (SELECT count(*)::int FROM "Claim" c WHERE c."articleId" = a."id" AND c."deletedAt" IS NULL) AS "claimCount"
    FROM "Article" a
    WHERE a."id" = ANY(${ids}) AND a."workspaceId" = ${workspaceId}`;
  return rows.map((row) => ({
    kind: "article",
    id: row.id,
    href: `/w/${slug}/articles/${row.id}`,
    title: toSegments(row.title),
    snippet: toSegments(row.snippet),
    claimCount: row.claimCount,
    createdAt: row.createdAt.toISOString(),
  }));
}

interface SourceRow {
  id: string;
  claimId: string;
  articleId: string;
  articleTitle: string;
  url: string;
  title: string;
  publisher: string | null;
  excerpt: string | null;
  claimQuote: string;
  verdictId: string | null;
  verdictLabel: string | null;
  verdictColor: string | null;
}

async function loadSourceHits(db: PrismaClient, workspaceId: string, slug: string, q: string, ids: string[]): Promise<SourceHit[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<SourceRow[]>`
    SELECT s."id", s."claimId", c."articleId", a."title" AS "articleTitle", s."url", c."exact" AS "claimQuote",
      l."id" AS "verdictId", l."label" AS "verdictLabel", l."color" AS "verdictColor",
      ${headline(q, Prisma.sql`s."title"`, WHOLE)} AS title,
      CASE WHEN s."publisher" IS NULL THEN NULL ELSE ${headline(q, Prisma.sql`s."publisher"`, WHOLE)} END AS publisher,
      CASE WHEN s."excerpt" IS NULL THEN NULL ELSE ${headline(q, Prisma.sql`s."excerpt"`, PASSAGE)} END AS excerpt
    FROM "Source" s
    JOIN "Claim" c ON c."id" = s."claimId"
    JOIN "Article" a ON a."id" = c."articleId"
    LEFT JOIN "RatingLabel" l ON l."id" = c."ratingLabelId"
    WHERE s."id" = ANY(${ids}) AND c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL`;
  return rows.map((row) => ({
    kind: "source",
    id: row.id,
    href: claimHref(slug, row.articleId, row.claimId),
    title: toSegments(row.title),
    publisher: highlighted(row.publisher),
    excerpt: highlighted(row.excerpt),
    url: row.url,
    claimQuote: row.claimQuote,
    articleTitle: row.articleTitle,
    verdict: verdictOf(row),
  }));
}

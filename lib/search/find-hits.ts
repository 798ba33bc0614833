// No "server-only" and the client passed in: the search benchmark runs this very code.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimListFilters } from "./claim-list-filters";
import { claimConditions, hasClaimFilter } from "./claim-conditions";
import { COUNT_CAP } from "./count-cap";
import type { SearchCounts } from "./types";

export type HitKind = keyof SearchCounts;
export interface HitRef {
  kind: HitKind;
  id: string;
}

/**
 * How many of a workspace's newest claims a text search looks among first. A word or phrase in
 * one claim of 30 or more has its newest COUNT_CAP matches among these, and the full-text index
 * (which also holds the creation time, Claim_searchVector_createdAt_idx) gives exactly the
 * matches in that range without reading the others from the table (a phrase matching 48,000
 * claims of the large dataset: 10 ms instead of 130). With fewer matches there, all are read.
 */
export const RECENT_CLAIMS = 30_000;

/** Only tests change this: a small window makes both paths of the claim search run on little data. */
export interface FindHitsTuning {
  recentClaims?: number;
}

/** Which kinds of results a search returns: listing without text shows claims unless asked otherwise. */
export function kindsFor(filters: ClaimListFilters): HitKind[] {
  switch (filters.type) {
    case "claims":
      return ["claim"];
    case "articles":
      return ["article"];
    case "sources":
      return ["source"];
    default:
      return filters.q ? ["claim", "article", "source"] : ["claim"];
  }
}

/**
 * One page of matches and the number of matches per kind, counted up to a cap (`capped` says
 * which kinds have more). With text: relevance (full-text rank) among the newest COUNT_CAP
 * matches of each kind. Without text: newest first over all matches, served in order by the
 * (workspaceId, createdAt DESC, id) index, any page; counts go far enough to cover that page.
 */
export async function findHits(db: PrismaClient, workspaceId: string, filters: ClaimListFilters, page: number, pageSize: number, tuning: FindHitsTuning = {}) {
  const kinds = kindsFor(filters);
  const offset = (page - 1) * pageSize;
  const byKind: SearchCounts = { claim: 0, article: 0, source: 0 };
  const capped: Record<HitKind, boolean> = { claim: false, article: false, source: false };
  const found = filters.q
    ? await rankedPage(db, workspaceId, filters, kinds, offset, pageSize, tuning.recentClaims ?? RECENT_CLAIMS)
    : await newestPage(db, workspaceId, filters, kinds, offset, pageSize);
  for (const [kind, count] of Object.entries(found.counts) as [HitKind, number][]) {
    byKind[kind] = Math.min(count, found.cap);
    capped[kind] = count > found.cap;
  }
  return { refs: found.refs, counts: byKind, capped };
}

/**
 * The newest COUNT_CAP + 1 matches of each kind (the one more says "more than"), ranked: the
 * ranking (ts_rank_cd) and the counts read only those rows. One statement returns the counts
 * and the page (a row with no hit when the page is past the end).
 */
async function rankedPage(db: PrismaClient, workspaceId: string, filters: ClaimListFilters, kinds: HitKind[], offset: number, pageSize: number, recentClaims: number) {
  const q = filters.q ?? "";
  // Claim filters narrow claims through their own indexes; without them, claims are looked for
  // among the newest first. The bound is read first, on its own, so the planner sees its value:
  // as a subquery it could not tell how many claims the range holds and read them in order.
  const since = kinds.includes("claim") && !hasClaimFilter(filters) ? await recentSince(db, workspaceId, recentClaims) : null;
  const candidates = Prisma.join(
    kinds.map((kind) => candidateQuery(kind, workspaceId, filters, since)),
    " UNION ALL ",
  );
  const rows = await db.$queryRaw<{ counts: Record<HitKind, number> | null; kind: HitKind | null; id: string | null }[]>`
    WITH candidates AS MATERIALIZED (${candidates}),
    ranked AS (
      SELECT kind, id, created, ts_rank_cd(vector, websearch_to_tsquery('english', ${q}), 32) AS rank
      FROM (SELECT *, row_number() OVER (PARTITION BY kind ORDER BY created DESC, id) AS n FROM candidates) numbered
      WHERE n <= ${COUNT_CAP}
    )
    SELECT counts.counts, page.kind, page.id
    FROM (SELECT jsonb_object_agg(kind, count) AS counts FROM (SELECT kind, count(*)::int AS count FROM candidates GROUP BY kind) per_kind) counts
    LEFT JOIN LATERAL (SELECT kind, id FROM ranked ORDER BY rank DESC, created DESC, id LIMIT ${pageSize} OFFSET ${offset}) page ON true`;
  return {
    refs: rows.flatMap((row) => (row.kind && row.id ? [{ kind: row.kind, id: row.id }] : [])),
    counts: rows[0]?.counts ?? {},
    cap: COUNT_CAP,
  };
}

// The creation time of the workspace's recentClaims-th newest claim (deleted ones count too: it
// only bounds a range), as text so it goes back as the same timestamp; null when there are fewer.
async function recentSince(db: PrismaClient, workspaceId: string, recentClaims: number): Promise<string | null> {
  const rows = await db.$queryRaw<{ since: string }[]>`
    SELECT c."createdAt"::text AS since FROM "Claim" c WHERE c."workspaceId" = ${workspaceId}
    ORDER BY c."createdAt" DESC OFFSET ${recentClaims} LIMIT 1`;
  return rows[0]?.since ?? null;
}

// The newest matches of one kind. A common word is read newest first from the (workspaceId,
// createdAt) index and stops at the limit; a rare one comes from the full-text index.
function candidateQuery(kind: HitKind, workspaceId: string, filters: ClaimListFilters, since: string | null): Prisma.Sql {
  const newest = (extra: Prisma.Sql) => Prisma.sql`${hitQuery(kind, workspaceId, filters, true)} ${extra} ORDER BY created DESC, id LIMIT ${COUNT_CAP + 1}`;
  if (kind !== "claim" || since === null) return Prisma.sql`(${newest(Prisma.empty)})`;
  // The matches created at or after `since`. When they number more than COUNT_CAP, every other
  // match is older than all of them, so they hold the newest COUNT_CAP + 1 matches; otherwise all
  // matches are read. The one-time filters run exactly one of the two branches.
  return Prisma.sql`(WITH recent AS MATERIALIZED (${newest(Prisma.sql`AND c."createdAt" >= CAST(${since} AS timestamp)`)})
    SELECT * FROM recent WHERE (SELECT count(*) FROM recent) > ${COUNT_CAP}
    UNION ALL
    SELECT * FROM (${newest(Prisma.empty)}) every_match WHERE (SELECT count(*) FROM recent) <= ${COUNT_CAP})`;
}

/**
 * Newest first over every match, any page: each kind's newest offset + pageSize rows are all that
 * can reach the page, so each part stays an index-ordered scan that stops early. The counts,
 * in parallel, stop one past whichever is larger: COUNT_CAP or the end of this page.
 */
async function newestPage(db: PrismaClient, workspaceId: string, filters: ClaimListFilters, kinds: HitKind[], offset: number, pageSize: number) {
  const cap = Math.max(COUNT_CAP, offset + pageSize);
  const parts = Prisma.join(
    kinds.map((kind) => Prisma.sql`(${hitQuery(kind, workspaceId, filters, false)} ORDER BY created DESC, id LIMIT ${offset + pageSize})`),
    " UNION ALL ",
  );
  const [refs, counts] = await Promise.all([
    db.$queryRaw<HitRef[]>`
      SELECT kind, id FROM (${parts}) hits
      ORDER BY created DESC, id
      LIMIT ${pageSize} OFFSET ${offset}`,
    countHits(db, workspaceId, filters, kinds, cap),
  ]);
  return { refs, counts: Object.fromEntries(counts.map((row) => [row.kind, row.count])), cap };
}

// Counting stops one past the cap: an index scan that stops early instead of a count of a million rows.
function countHits(db: PrismaClient, workspaceId: string, filters: ClaimListFilters, kinds: HitKind[], cap: number) {
  const parts = Prisma.join(
    kinds.map((kind) => Prisma.sql`SELECT ${kind}::text AS kind, count(*)::int AS count FROM (${hitQuery(kind, workspaceId, filters, false)} LIMIT ${cap + 1}) hits`),
    " UNION ALL ",
  );
  return db.$queryRaw<{ kind: HitKind; count: number }[]>`${parts}`;
}

// The matches of one kind: kind, id and creation time, plus the search vector when ranking.
function hitQuery(kind: HitKind, workspaceId: string, filters: ClaimListFilters, withVector: boolean): Prisma.Sql {
  // websearch_to_tsquery with a constant configuration is immutable: folded once per query.
  const q = filters.q ?? "";
  const match = (vector: Prisma.Sql) => (q ? Prisma.sql`AND ${vector} @@ websearch_to_tsquery('english', ${q})` : Prisma.empty);
  const claims = claimConditions(workspaceId, filters);
  if (kind === "claim") {
    const columns = withVector ? Prisma.sql`, c."searchVector" AS vector` : Prisma.empty;
    return Prisma.sql`SELECT 'claim'::text AS kind, c."id", c."createdAt" AS created ${columns}
      FROM "Claim" c WHERE ${claims} ${match(Prisma.sql`c."searchVector"`)}`;
  }
  if (kind === "source") {
    const columns = withVector ? Prisma.sql`, s."searchVector" AS vector` : Prisma.empty;
    return Prisma.sql`SELECT 'source'::text AS kind, s."id", s."createdAt" AS created ${columns}
      FROM "Source" s JOIN "Claim" c ON c."id" = s."claimId" WHERE ${claims} ${match(Prisma.sql`s."searchVector"`)}`;
  }
  const columns = withVector ? Prisma.sql`, a."searchVector" AS vector` : Prisma.empty;
  if (!hasClaimFilter(filters)) {
    return Prisma.sql`SELECT 'article'::text AS kind, a."id", a."createdAt" AS created ${columns}
      FROM "Article" a WHERE a."workspaceId" = ${workspaceId} ${match(Prisma.sql`a."searchVector"`)}`;
  }
  // With claim filters an article needs a matching claim. The CASE checks that first and the
  // text only for the articles that pass: matching an article's text reads its whole (TOASTed)
  // search vector, which the planner counts as cheap and so checked first on every article it
  // passed, 300 ms on the large dataset. The claim check is answered either per article or once
  // for all (the articles of the matching claims, read for status and verdict from the index
  // Claim_workspaceId_status_ratingLabelId_articleId_deletedAt_idx alone), whichever the planner
  // finds cheaper.
  const withClaims = Prisma.sql`EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a."id" AND ${claims})`;
  const condition = q ? Prisma.sql`CASE WHEN ${withClaims} THEN a."searchVector" @@ websearch_to_tsquery('english', ${q}) END` : withClaims;
  return Prisma.sql`SELECT 'article'::text AS kind, a."id", a."createdAt" AS created ${columns}
    FROM "Article" a WHERE a."workspaceId" = ${workspaceId} AND ${condition}`;
}

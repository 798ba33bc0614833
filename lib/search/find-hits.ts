// No "server-only" and the client passed in: the search benchmark runs this very code.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { ClaimListFilters } from "./claim-list-filters";
import { claimConditions, hasClaimFilter } from "./claim-conditions";
import type { SearchCounts } from "./types";

export type HitKind = keyof SearchCounts;
export interface HitRef {
  kind: HitKind;
  id: string;
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
 * One page of matches (ranked by full-text relevance, newest first without text) and the number
 * of matches per kind. Two queries in parallel, each able to use the indexes: a LIMIT/OFFSET page
 * and a GROUP BY count.
 */
export async function findHits(db: PrismaClient, workspaceId: string, filters: ClaimListFilters, page: number, pageSize: number) {
  const union = (ranked: boolean) => Prisma.join(kindsFor(filters).map((kind) => hitQuery(kind, workspaceId, filters, ranked)), " UNION ALL ");
  const hits = union(true);
  const [rows, counts] = await Promise.all([
    db.$queryRaw<HitRef[]>`
      SELECT kind, id FROM (${hits}) hits
      ORDER BY rank DESC, created DESC, id
      LIMIT ${pageSize} OFFSET ${(page - 1) * pageSize}`,
    db.$queryRaw<{ kind: HitKind; count: number }[]>`SELECT kind, count(*)::int AS count FROM (${union(false)}) hits GROUP BY kind`,
  ]);
  const byKind: SearchCounts = { claim: 0, article: 0, source: 0 };
  for (const row of counts) byKind[row.kind] = row.count;
  return { refs: rows, counts: byKind };
}

// The count needs no rank: computing it for every match would double the cost of a search.
function hitQuery(kind: HitKind, workspaceId: string, filters: ClaimListFilters, ranked: boolean): Prisma.Sql {
  // websearch_to_tsquery with a constant configuration is immutable: folded once per query.
  const q = filters.q ?? "";
  const match = (vector: Prisma.Sql) =>
    q ? Prisma.sql`AND ${vector} @@ websearch_to_tsquery('english', ${q})` : Prisma.empty;
  const rank = (vector: Prisma.Sql) => (q && ranked ? Prisma.sql`ts_rank_cd(${vector}, websearch_to_tsquery('english', ${q}), 32)` : Prisma.sql`0::real`);
  const claims = claimConditions(workspaceId, filters);
  if (kind === "claim") {
    return Prisma.sql`SELECT 'claim'::text AS kind, c."id", ${rank(Prisma.sql`c."searchVector"`)} AS rank, c."createdAt" AS created
      FROM "Claim" c WHERE ${claims} ${match(Prisma.sql`c."searchVector"`)}`;
  }
  if (kind === "source") {
    return Prisma.sql`SELECT 'source'::text AS kind, s."id", ${rank(Prisma.sql`s."searchVector"`)} AS rank, s."createdAt" AS created
      FROM "Source" s JOIN "Claim" c ON c."id" = s."claimId" WHERE ${claims} ${match(Prisma.sql`s."searchVector"`)}`;
  }
  const withClaims = hasClaimFilter(filters) ? Prisma.sql`AND EXISTS (SELECT 1 FROM "Claim" c WHERE c."articleId" = a."id" AND ${claims})` : Prisma.empty;
  return Prisma.sql`SELECT 'article'::text AS kind, a."id", ${rank(Prisma.sql`a."searchVector"`)} AS rank, a."createdAt" AS created
    FROM "Article" a WHERE a."workspaceId" = ${workspaceId} ${withClaims} ${match(Prisma.sql`a."searchVector"`)}`;
}

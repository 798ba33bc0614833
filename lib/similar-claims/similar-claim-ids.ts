// No "server-only" and the client passed in: the search benchmark runs this very code.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { candidateQuery, type CandidateQuery } from "./candidate-query";
import { SIMILAR_LIMIT, SIMILAR_SCORE_MIN } from "./similarity-threshold";

const CANDIDATES_SCORED = 100;

export interface SimilarClaimId {
  id: string;
  score: number;
}

/**
 * Earlier claims that say nearly the same thing as `quote` or `wording`, best first.
 *
 * First the word-for-word repeats (same text up to case, through the md5 expression indexes):
 * they score 1, the most any claim can, so when there are enough of them to fill the panel
 * nothing else is searched. A big archive repeats claims often, and the full-text candidate
 * search costs most on exactly those claims, whose words are all common.
 *
 * Otherwise candidates come from the full-text index: claims whose quote or wording has at least
 * four of the six most distinctive words of either text (stemmed, so "signed"/"signing" agree),
 * found through fewer, shorter index scans and then checked (candidate-query.ts).
 * A trigram-index scan was tried first and measured far too slow on a large desk, where every
 * claim shares common trigrams (" th", "per", "ent"…) with thousands of others. The candidates
 * sharing the most words are then scored by pg_trgm similarity of the texts (how nearly the same
 * words in the same order), nudged by full-text rank, and kept above SIMILAR_SCORE_MIN.
 */
export async function similarClaimIds(db: PrismaClient, workspaceId: string, claimId: string, quote: string, wording: string | null): Promise<SimilarClaimId[]> {
  const lexemes = await db.$queryRaw<{ quote: string[] | null; wording: string[] | null }[]>`
    SELECT
      (SELECT array_agg(lexeme) FROM unnest(to_tsvector('english', ${quote}))) AS quote,
      (SELECT array_agg(lexeme) FROM unnest(to_tsvector('english', ${wording ?? ""}))) AS wording`;
  const candidates = candidateQuery([lexemes[0]?.quote ?? [], lexemes[0]?.wording ?? []]);
  if (candidates.branches.length === 0) return [];
  const copies = await repeatedClaimIds(db, workspaceId, claimId, quote, wording);
  if (copies.length >= SIMILAR_LIMIT) return copies.slice(0, SIMILAR_LIMIT);
  const scored = await scoredCandidates(db, workspaceId, claimId, quote, wording, candidates);
  // The repeats score 1 here too when among the candidates; keep each claim once, best first.
  const byId = new Map([...copies, ...scored].map((hit) => [hit.id, hit]));
  return [...byId.values()].sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, SIMILAR_LIMIT);
}

// Claims whose quote or wording is the quote or the wording, case aside: similarity 1, score 1.
// One equality per index and text, so each part reads its first ids straight from its index.
async function repeatedClaimIds(db: PrismaClient, workspaceId: string, claimId: string, quote: string, wording: string | null): Promise<SimilarClaimId[]> {
  const texts = wording ? [quote, wording] : [quote];
  const parts = texts.flatMap((text) =>
    [Prisma.sql`c."exact"`, Prisma.sql`c."normalizedText"`].map(
      (column) => Prisma.sql`(SELECT c."id" FROM "Claim" c
        WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND ${column} IS NOT NULL
          AND md5(lower(${column})) = md5(lower(${text})) AND c."id" <> ${claimId}
        ORDER BY c."id" LIMIT ${SIMILAR_LIMIT})`,
    ),
  );
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT id FROM (${Prisma.join(parts, " UNION ")}) copies ORDER BY id LIMIT ${SIMILAR_LIMIT}`;
  return rows.map((row) => ({ id: row.id, score: 1 }));
}

async function scoredCandidates(db: PrismaClient, workspaceId: string, claimId: string, quote: string, wording: string | null, candidates: CandidateQuery) {
  const words = `${quote} ${wording ?? ""}`;
  const anyOf = (tsqueries: string[]) =>
    Prisma.join(
      tsqueries.map((tsquery) => Prisma.sql`c."searchVector" @@ CAST(${tsquery} AS tsquery)`),
      " OR ",
    );
  // The scans, one condition each: the planner ORs one GIN bitmap scan per scan. The branches
  // are checked on the claims found; IS TRUE keeps the planner from scanning the index for them
  // too (it changes nothing: a match is true or false, never null, for a claim with a vector).
  // Only the candidates sharing the most words (by full-text rank) are scored: similarity() over
  // every candidate measured several times slower on a desk of templated claims.
  return db.$queryRaw<SimilarClaimId[]>(Prisma.sql`
    WITH candidates AS (
      SELECT c."id", c."exact", c."normalizedText",
        ts_rank(c."searchVector", replace(plainto_tsquery('english', ${words})::text, '&', '|')::tsquery, 32) AS rank
      FROM "Claim" c
      WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c."id" <> ${claimId}
        AND (${anyOf(candidates.scans)}) AND (${anyOf(candidates.branches)}) IS TRUE
      ORDER BY rank DESC, c."id"
      LIMIT ${CANDIDATES_SCORED}
    )
    SELECT id, score FROM (
      SELECT "id",
        least(1, greatest(
          similarity("exact", ${quote}),
          coalesce(similarity("normalizedText", ${quote}), 0),
          coalesce(similarity("exact", ${wording}), 0),
          coalesce(similarity("normalizedText", ${wording}), 0)
        ) + 0.15 * rank)::float8 AS score
      FROM candidates
    ) scored
    WHERE score >= ${SIMILAR_SCORE_MIN}
    ORDER BY score DESC, id
    LIMIT ${SIMILAR_LIMIT}`);
}

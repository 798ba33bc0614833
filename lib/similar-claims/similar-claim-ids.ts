// No "server-only" and the client passed in: the search benchmark runs this very code.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { candidateQuery } from "./candidate-query";
import { SIMILAR_LIMIT, SIMILAR_SCORE_MIN } from "./similarity-threshold";

const CANDIDATES_SCORED = 100;

/**
 * Earlier claims that say nearly the same thing as `quote` or `wording`, best first.
 *
 * Candidates come from the full-text index: claims whose quote or wording has at least three of
 * the five most distinctive words of either text (stemmed, so "signed"/"signing" agree). A
 * trigram-index scan was tried first and measured far too slow on a large desk, where every
 * claim shares common trigrams (" th", "per", "ent"…) with thousands of others. The candidates
 * sharing the most words are then scored by pg_trgm similarity of the texts (how nearly the same
 * words in the same order), nudged by full-text rank, and kept above SIMILAR_SCORE_MIN.
 */
export async function similarClaimIds(db: PrismaClient, workspaceId: string, claimId: string, quote: string, wording: string | null) {
  const lexemes = await db.$queryRaw<{ quote: string[] | null; wording: string[] | null }[]>`
    SELECT
      (SELECT array_agg(lexeme) FROM unnest(to_tsvector('english', ${quote}))) AS quote,
      (SELECT array_agg(lexeme) FROM unnest(to_tsvector('english', ${wording ?? ""}))) AS wording`;
  const candidates = candidateQuery([lexemes[0]?.quote ?? [], lexemes[0]?.wording ?? []]);
  if (!candidates) return [];
  const words = `${quote} ${wording ?? ""}`;
  // Only the candidates sharing the most words (by full-text rank) are scored: similarity() over
  // every candidate measured several times slower on a desk of templated claims.
  return db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`
    WITH candidates AS (
      SELECT c."id", c."exact", c."normalizedText",
        ts_rank(c."searchVector", replace(plainto_tsquery('english', ${words})::text, '&', '|')::tsquery, 32) AS rank
      FROM "Claim" c
      WHERE c."workspaceId" = ${workspaceId} AND c."deletedAt" IS NULL AND c."id" <> ${claimId}
        AND c."searchVector" @@ CAST(${candidates} AS tsquery)
      ORDER BY rank DESC
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
